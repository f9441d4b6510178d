/**
 * Who may call what: every server action and route handler, discovered from the
 * files under app/, called as signed-out, executive, staff, admin and
 * deactivated users through the real guard. Only the cookie's decoding is
 * replaced (tests/session-source.ts); each signed-in caller has a real session row.
 * Actions are called with an empty input: an allowed caller gets a field error
 * back (nothing is written), a refused one never reaches the schema.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./session-source")).sessionSourceMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
  headers: async () => new Headers(),
}));

import { startSession } from "@/db/mutations/sessions";
import { baseFixtures, counts, state, type Fx } from "./fixtures";
import { carry } from "./session-source";
import { createTestDb, type TestDb } from "./test-db";

type Caller = "signedOut" | "executive" | "staff" | "admin" | "deactivated";
const CALLERS: Caller[] = ["signedOut", "executive", "staff", "admin", "deactivated"];
const WRITERS: Caller[] = ["staff", "admin"];
const EVERYONE: Caller[] = ["executive", "staff", "admin"];

// As designed (docs: README, DESIGN §roles). A new action or route fails the discovery check until it is added here.
const ACTIONS: Record<string, Caller[]> = {
  "app/(account)/account/password/actions.ts#changePasswordAction": EVERYONE,
  "app/(forms)/admin/users/actions.ts#createUserAction": ["admin"],
  "app/(forms)/admin/users/actions.ts#changeRoleAction": ["admin"],
  "app/(forms)/admin/users/actions.ts#setActiveAction": ["admin"],
  "app/(forms)/admin/users/actions.ts#resetPasswordAction": ["admin"],
  "app/(forms)/admin/users/actions.ts#endSessionsAction": ["admin"],
  "app/(forms)/admin/tokens/actions.ts#issueApiTokenAction": ["admin"],
  "app/(forms)/admin/tokens/actions.ts#revokeApiTokenAction": ["admin"],
  "app/(forms)/agreements/actions.ts#organizationOptionsAction": WRITERS,
  "app/(forms)/events/[id]/batch/actions.ts#createBatchAction": WRITERS,
  "app/(app)/parties/actions.ts#createOrganizationAction": WRITERS,
  "app/(app)/parties/actions.ts#updateOrganizationAction": WRITERS,
  "app/(app)/parties/actions.ts#findSimilarOrganizationsAction": WRITERS,
  "app/(app)/parties/actions.ts#deleteOrganizationAction": WRITERS,
  "app/(app)/parties/actions.ts#mergeOrganizationsAction": ["admin"],
  "app/(app)/agreements/actions.ts#createAgreementAction": WRITERS,
  "app/(app)/agreements/actions.ts#updateAgreementAction": WRITERS,
  "app/(app)/agreements/actions.ts#deleteAgreementAction": WRITERS,
  "app/(app)/agreements/actions.ts#restoreAgreementAction": WRITERS,
  "app/(app)/agreements/actions.ts#addProgressAction": WRITERS,
  "app/(app)/agreements/actions.ts#correctProgressAction": WRITERS,
  "app/(app)/agreements/actions.ts#withdrawProgressAction": WRITERS,
  "app/(app)/agreements/[id]/actions.ts#removeAttachmentAction": WRITERS,
  "app/(app)/agreements/[id]/actions.ts#reassignOwnerAction": WRITERS,
  "app/(app)/agreements/view-actions.ts#createSavedViewAction": EVERYONE,
  "app/(app)/agreements/view-actions.ts#renameSavedViewAction": EVERYONE,
  "app/(app)/agreements/view-actions.ts#deleteSavedViewAction": EVERYONE,
  "app/(app)/agreements/view-actions.ts#saveListColumnsAction": EVERYONE,
  "app/(app)/notifications/actions.ts#dismissReminderAction": EVERYONE,
  "app/(app)/notifications/actions.ts#snoozeReminderAction": EVERYONE,
  "app/(forms)/admin/categories/actions.ts#createCategoryAction": ["admin"],
  "app/(forms)/admin/categories/actions.ts#renameCategoryAction": ["admin"],
  "app/(forms)/admin/categories/actions.ts#retireCategoryAction": ["admin"],
  "app/(forms)/admin/categories/actions.ts#reactivateCategoryAction": ["admin"],
  "app/(forms)/admin/categories/actions.ts#deleteCategoryAction": ["admin"],
  "app/(forms)/admin/notifications/actions.ts#createChannelAction": ["admin"],
  "app/(forms)/admin/notifications/actions.ts#deleteChannelAction": ["admin"],
  "app/(forms)/admin/notifications/actions.ts#testChannelAction": ["admin"],
  "app/(forms)/admin/notifications/actions.ts#saveReminderSettingsAction": ["admin"],
  "app/(forms)/admin/notifications/actions.ts#runReminderJobAction": ["admin"],
  "app/(app)/events/actions.ts#createEventAction": WRITERS,
  "app/(app)/events/actions.ts#updateEventAction": WRITERS,
  "app/(app)/events/actions.ts#deleteEventAction": WRITERS,
};
const ROUTES: Record<string, Caller[]> = {
  "app/api/v1/agreements/route.ts#GET": EVERYONE,
  "app/api/v1/agreements/[id]/attachments/route.ts#GET": EVERYONE,
  "app/api/v1/agreements/[id]/attachments/route.ts#POST": WRITERS,
  "app/api/v1/summary/route.ts#GET": EVERYONE,
  "app/api/v1/rollups/route.ts#GET": EVERYONE,
  "app/api/v1/attachments/[id]/route.ts#GET": EVERYONE,
  "app/api/v1/organizations/route.ts#GET": EVERYONE,
  "app/api/v1/documents/extract/route.ts#POST": WRITERS,
  "app/api/v1/agreements/export/route.ts#GET": EVERYONE,
  "app/api/v1/dashboard/workbook/route.ts#GET": EVERYONE,
  "app/api/v1/imports/route.ts#POST": WRITERS,
  "app/api/v1/reminders/route.ts#GET": EVERYONE,
  "app/(forms)/agreements/import/template/route.ts#GET": WRITERS,
};
// Open by design: signing in, Auth.js itself, the health probe, the language cookie.
const OPEN = ["app/login/actions.ts", "app/api/auth/[...nextauth]/route.ts", "app/api/health/route.ts", "app/api/locale/route.ts"];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [path.relative(process.cwd(), full)];
  });
}
// Route handlers by name; server actions by their "use server" directive, whatever the file is called.
const isActions = (f: string) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8"));
const discovered = files("app").filter((f) => (/(^|\/)route\.ts$/.test(f) || isActions(f)) && !OPEN.includes(f));
// Route files also export segment config (`dynamic`); only the HTTP methods are endpoints.
const exportsOf = (file: string) =>
  [...fs.readFileSync(file, "utf8").matchAll(/\nexport (?:const|async function) (\w+)/g)]
    .map((m) => m[1])
    .filter((name) => !file.endsWith("route.ts") || /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name))
    .map((name) => `${file}#${name}`);

let t: TestDb;
let fx: Fx;
const sessionOf: Partial<Record<Caller, { userId: number; sessionId: string }>> = {};

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
  fx = await baseFixtures(t.db);
  const now = new Date();
  const byCaller = { executive: fx.users.executive, staff: fx.users.staff, admin: fx.users.admin, deactivated: fx.users.deactivated };
  for (const [caller, user] of Object.entries(byCaller)) sessionOf[caller as Caller] = { userId: user.id, sessionId: await startSession(t.db, user.id, now) };
}, 180_000);
afterAll(() => t?.close());

function as(caller: Caller) {
  carry(caller === "signedOut" ? null : sessionOf[caller]!);
}

/** What the caller meets: "allowed" (reached the action), or the refusal. */
async function callAction(key: string): Promise<string> {
  const [file, name] = key.split("#");
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, (input: unknown) => Promise<unknown>>;
  try {
    await mod[name]({});
    return "allowed";
  } catch (err) {
    const m = (err as Error).message;
    if (m === "FORBIDDEN") return "forbidden";
    if (m === "NEXT_REDIRECT") return "toLogin";
    throw err;
  }
}

async function callRoute(key: string): Promise<number> {
  const [file, method] = key.split("#");
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
  const req = new Request("http://localhost/api/x", { method, headers: { origin: "http://localhost", host: "localhost" } });
  return (await mod[method](req, { params: Promise.resolve({ id: "1" }) })).status;
}

describe("authorization matrix", () => {
  it("knows every server action and route handler under app/", () => {
    const found = discovered.flatMap(exportsOf).sort();
    expect(found).toEqual([...Object.keys(ACTIONS), ...Object.keys(ROUTES)].sort());
  });

  for (const [key, allowed] of Object.entries(ACTIONS)) {
    it(`action ${key}`, async () => {
      const before = await counts(t.db);
      const seen: Record<string, string> = {};
      for (const caller of CALLERS) {
        as(caller);
        seen[caller] = await callAction(key);
      }
      const expected = Object.fromEntries(
        CALLERS.map((c) => [c, allowed.includes(c) ? "allowed" : c === "signedOut" || c === "deactivated" ? "toLogin" : "forbidden"]),
      );
      expect(seen).toEqual(expected);
      expect(await counts(t.db)).toEqual(before);
    });
  }

  for (const [key, allowed] of Object.entries(ROUTES)) {
    it(`route ${key}`, async () => {
      const seen: Record<string, string> = {};
      for (const caller of CALLERS) {
        as(caller);
        const status = await callRoute(key);
        seen[caller] = status === 401 ? "401" : status === 403 ? "403" : "allowed";
      }
      const expected = Object.fromEntries(
        CALLERS.map((c) => [c, allowed.includes(c) ? "allowed" : c === "signedOut" || c === "deactivated" ? "401" : "403"]),
      );
      expect(seen).toEqual(expected);
    });
  }
});
