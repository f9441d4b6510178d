// `npm run user:create -- --email E --role admin [--name N] [--password-stdin]`
import { parseArgs } from "node:util";
import readline from "node:readline";
import { openDb } from "@/db/client";
import { createUser, DuplicateEmailError } from "@/db/mutations/users";
import { DomainError } from "@/lib/domain-error";
import { newUserSchema } from "@/lib/validation/user";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
  },
});

async function readPassword(): Promise<string> {
  if (values["password-stdin"]) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: echo nothing after the prompt.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (s.startsWith("Password")) process.stdout.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question("Password (12 to 128 characters): ", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

const parsed = newUserSchema.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email?.split("@")[0],
  password: await readPassword(),
});
if (!parsed.success) {
  const words: Record<string, string> = {
    passwordTooShort: "at least 12 characters",
    passwordTooLong: "at most 128 characters",
    invalidEmail: "not a valid email address",
    invalidRole: "one of admin, staff, executive",
    required: "required",
  };
  for (const issue of parsed.error.issues) console.error(`[accord] ${issue.path.join(".")}: ${words[issue.message] ?? issue.message}`);
  console.error("usage: npm run user:create -- --email E --role admin|staff|executive [--name N] [--password-stdin]");
  process.exit(2);
}
const handle = await openDb({ url: process.env.DATABASE_URL || undefined, migrate: !process.env.DATABASE_URL });
try {
  const user = await createUser(handle.db, null, parsed.data);
  console.log(`[accord] created ${user.email} (${user.role})`);
} catch (err) {
  if (err instanceof DuplicateEmailError) {
    console.error(`[accord] ${err.message}`);
    process.exitCode = 1;
  } else if (err instanceof DomainError) {
    console.error("[accord] password: a commonly used password; choose another");
    process.exitCode = 2;
  } else throw err;
} finally {
  await handle.close();
}
