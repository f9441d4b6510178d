import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Files a signed-out visitor may reach: the sign-in page and its action, Auth.js, the
// health probe, the language switch (its own cookie only), and error/not-found views.
const OPEN = [
  "app/login/page.tsx",
  "app/login/actions.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/health/route.ts",
  "app/api/locale/route.ts",
];
const GUARD = /\b(requireSession|requireSignedIn|requireRole|withApiUser|withSessionUser|guardedAction)\(/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [path.relative(process.cwd(), full)];
  });
}

const entryPoints = files("app").filter((f) => /(^|\/)(page\.tsx|route\.ts|actions\.ts)$/.test(f));

describe("every entry point under app/ checks the session itself", () => {
  it("finds the entry points", () => {
    expect(entryPoints.length).toBeGreaterThan(3);
  });
  for (const file of entryPoints.filter((f) => !OPEN.includes(f))) {
    it(file, () => {
      expect(fs.readFileSync(file, "utf8")).toMatch(GUARD);
    });
  }
  it("server actions live only in actions.ts files, exported in a form this check reads", () => {
    const sources = [...files("app"), ...files("components"), ...files("lib")].filter((f) => /\.tsx?$/.test(f));
    // Inline actions (`async () => { "use server"; … }`) escape the guard check below: only sign-out may be one.
    const inline = sources.filter((f) => /\{\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
    expect(inline).toEqual(["components/layout/app-shell.tsx"]);
    const serverFiles = sources.filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
    for (const file of serverFiles) {
      expect(file.endsWith("actions.ts"), `${file} is a "use server" module outside actions.ts`).toBe(true);
      const src = fs.readFileSync(file, "utf8");
      // `export { x }`, `export default`, `export function`: forms the guard check below would not see.
      expect(src, file).not.toMatch(/\nexport (?:\{|default|function|let|var)/);
    }
  });

  it("each exported server action in actions.ts calls a guard", () => {
    for (const file of entryPoints.filter((f) => f.endsWith("actions.ts") && !OPEN.includes(f))) {
      const src = fs.readFileSync(file, "utf8");
      const exported = src.split(/\nexport (?:async function|const) /).slice(1);
      for (const body of exported) expect(body, `${file}: ${body.slice(0, 40)}`).toMatch(GUARD);
    }
  });
});
