/**
 * Hostile-input corpus (issue 7): 200+ values (tests/hostile-values.ts) against every
 * server action, through the real guard with only the session source (Auth.js) mocked:
 * as the whole argument, and in the fields a create form sends. Each call must end in a
 * field or request error or a valid save, never an exception (a 500 in the browser),
 * and a batch in which nothing was accepted must leave every table as it was.
 * The counts are printed for the CI log.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./session-source")).sessionSourceMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import * as agreementActions from "@/app/(app)/agreements/actions";
import * as attachmentActions from "@/app/(app)/agreements/[id]/actions";
import * as eventActions from "@/app/(app)/events/actions";
import * as partyActions from "@/app/(app)/parties/actions";
import * as tokenActions from "@/app/(forms)/admin/tokens/actions";
import * as formAgreementActions from "@/app/(forms)/agreements/actions";
import * as batchActions from "@/app/(forms)/events/[id]/batch/actions";
import * as viewActions from "@/app/(app)/agreements/view-actions";
import * as reminderActions from "@/app/(app)/notifications/actions";
import * as categoryActions from "@/app/(forms)/admin/categories/actions";
import * as notificationAdminActions from "@/app/(forms)/admin/notifications/actions";
import * as userActions from "@/app/(forms)/admin/users/actions";
import * as passwordActions from "@/app/(account)/account/password/actions";
import { eq } from "drizzle-orm";
import { agreements, apiTokens, auditLog, events, organizations, progressUpdates, submissionReceipts, users } from "@/db/schema";
import { startSession } from "@/db/mutations/sessions";
import { agreementInput, baseFixtures, insertAgreementRows, state, uuid, type Fx } from "./fixtures";
import { carry } from "./session-source";
import { HOSTILE_VALUES } from "./hostile-values";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
let agreementId = 0;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
  await t.reset();
  fx = await baseFixtures(t.db);
  [{ id: agreementId }] = await insertAgreementRows(t.db, [
    { reference: "CQ-2024-0500", titleZh: "语料目标协议", categoryId: fx.cat.fin.id, status: "signed", signedOn: "2024-08-22", signedValue: "10000000.00", partyIds: [fx.org.msxj.id, fx.org.cqu.id] },
  ]);
  await asAdmin();
}, 300_000); // a PGlite initdb takes seconds idle, minutes on a loaded machine
afterAll(() => t?.close());

type Action = (raw: never) => Promise<unknown>;
const MODULES = [
  agreementActions, attachmentActions, eventActions, partyActions, tokenActions, formAgreementActions, batchActions,
  viewActions, reminderActions, categoryActions, notificationAdminActions, userActions, passwordActions,
];
const ALL = Object.assign({}, ...MODULES) as Record<string, Action>;

/** Every exported action of every "use server" module under app/ (sign-in aside: it has its own tests). */
function serverActionNames(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return serverActionNames(full);
    if (!/\.ts$/.test(e.name) || full === path.join("app", "login", "actions.ts")) return [];
    const src = fs.readFileSync(full, "utf8");
    return /^\s*["']use server["']/.test(src) ? [...src.matchAll(/\nexport (?:const|async function) (\w+)/g)].map((m) => m[1]) : [];
  });
}

// What each create form sends, and the fields the corpus is put into (path into the input).
const FORMS: Record<string, { base: () => Record<string, unknown>; fields: string[] }> = {
  createAgreementAction: { base: () => ({ agreement: agreementInput(fx, { reference: "CQ-2024-0600" }), submissionKey: uuid() }), fields: ["agreement.titleZh", "agreement.signedValue", "agreement.signedOn", "agreement.parties"] },
  createEventAction: { base: () => ({ event: { nameZh: "语料签约仪式", heldOn: "2025-07-10" }, submissionKey: uuid() }), fields: ["event.nameZh", "event.heldOn"] },
  createOrganizationAction: { base: () => ({ organization: { nameZh: "语料研究院", type: "academic" }, submissionKey: uuid() }), fields: ["organization.nameZh", "organization.creditCode", "organization.type"] },
  addProgressAction: { base: () => ({ agreementId, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "100万", submissionKey: uuid() }), fields: ["deliveredValue", "occurredOn", "agreementId"] },
  issueApiTokenAction: { base: () => ({ name: "BI 看板" }), fields: ["name"] },
};

function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split(".");
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const REQUEST_ERRORS = /^(NEXT_REDIRECT|FORBIDDEN|NEXT_NOT_FOUND|UNAUTHORIZED)$/;
type Outcome = "refused" | "accepted" | "threw";

async function attempt(action: Action, raw: unknown): Promise<{ outcome: Outcome; error?: string }> {
  try {
    const result = (await action(raw as never)) as { ok?: boolean } | undefined;
    return { outcome: result?.ok === true ? "accepted" : "refused" };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return REQUEST_ERRORS.test(message) ? { outcome: "refused" } : { outcome: "threw", error: message.slice(0, 200) };
  }
}

const tally = async () =>
  Promise.all([agreements, events, organizations, progressUpdates, apiTokens, auditLog, submissionReceipts].map((table) => t.db.$count(table)));

const totals = { tried: 0, refused: 0, accepted: 0, threw: 0 };
const failures: string[] = [];

/**
 * Signs the corpus in as an active admin with a fresh, live session row (the guard checks it on
 * every call). Renewed before each batch: a value the user actions accept (an id, a role) may
 * have ended, demoted or deactivated the caller in the batch before.
 */
async function asAdmin() {
  await t.db.update(users).set({ role: "admin", active: true, mustChangePassword: false }).where(eq(users.id, fx.users.admin.id));
  carry({ userId: fx.users.admin.id, sessionId: await startSession(t.db, fx.users.admin.id, new Date()) });
}

async function runBatch(label: string, action: Action, inputs: unknown[]) {
  await asAdmin();
  const before = await tally();
  let accepted = 0;
  for (const raw of inputs) {
    const { outcome, error } = await attempt(action, raw);
    totals.tried++;
    totals[outcome]++;
    if (outcome === "accepted") accepted++;
    if (outcome === "threw") failures.push(`${label}: ${error}`);
  }
  if (accepted === 0) expect(await tally(), `${label}: nothing accepted, yet rows changed`).toEqual(before);
}

describe("hostile-input corpus", () => {
  it("has at least 200 values", () => {
    expect(HOSTILE_VALUES.length).toBeGreaterThanOrEqual(200);
  });

  it("every server action answers each value as its whole argument with a field or request error", async () => {
    const names = Object.keys(ALL).filter((n) => n.endsWith("Action"));
    expect(names.sort()).toEqual(serverActionNames().sort());
    for (const name of names) await runBatch(`${name}(value)`, ALL[name], HOSTILE_VALUES);
  }, 600_000);

  it("the create forms answer each value in each field with a field error or a valid save", async () => {
    for (const [name, form] of Object.entries(FORMS)) {
      for (const field of form.fields) await runBatch(`${name} ${field}`, ALL[name], HOSTILE_VALUES.map((v) => withValue(form.base(), field, v)));
    }
    console.log(`[hostile-input] cases tried: ${totals.tried}, refused: ${totals.refused}, accepted as valid: ${totals.accepted}, 500s (exceptions): ${totals.threw}`);
    expect(failures).toEqual([]);
    // Valid values (markup as a name, extra fields) are accepted: a corpus that only ever meets refusals never reached the actions.
    expect(totals.accepted).toBeGreaterThan(0);
  }, 600_000);
});
