/**
 * Shared fixtures for the server-action integration tests (tests/agreement-actions-*.test.ts).
 *
 * Rows are inserted directly with drizzle, never through the code under test. The
 * mock factories below are used by each test file's `vi.mock` calls; they read the
 * per-file `state` (the test database and the "signed-in" user id), so this module
 * must not import `@/db/client` or `@/lib/auth/guard` at runtime. The guard itself is
 * never replaced: actions run it for real against the session rows.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { vi } from "vitest";
import type { Db } from "@/db/client";
import { agreementParties, agreements, auditLog, categories, events, organizations, progressUpdates, users } from "@/db/schema";
import { type AgreementStatus, type PartyType, type Role } from "@/lib/domain/enums";
import type { AgreementFormInput } from "@/lib/validation/agreement";

// ---------------------------------------------------------------------------
// Framework edges
// ---------------------------------------------------------------------------

/** What the mocked framework edges read: the test database and who is signed in. */
export const state: { db: Db | null; kind: "postgres" | "pglite"; userId: number | null } = {
  db: null,
  kind: "pglite",
  userId: null,
};

function testDb(): Db {
  if (!state.db) throw new Error("tests: state.db is not set (call useTestDb in beforeAll)");
  return state.db;
}

/** Signs a user in for the next action calls; `null` signs out. */
export function signIn(user: { id: number } | null): void {
  state.userId = user?.id ?? null;
}

/** `@/db/client`: the real module, with `getDb()` answering the test database. */
export function dbClientMock<T extends object>(actual: T) {
  return {
    ...actual,
    getDb: async () => testDb(),
    getDbHandle: async () => ({ db: testDb(), kind: state.kind, close: async () => {} }),
  };
}

/**
 * `@/lib/auth` (the Auth.js instance the real guard imports as "./index"): next-auth
 * cannot load outside Next (it imports `next/server`), so this is the one edge replaced.
 * Its `auth()` answers what the signed-in user's cookie would decode to, with a live
 * row in `sessions` started for the call; the real guard then checks that row and the
 * user's current row (a deactivated or demoted user is refused like in the app).
 */
export function authMock() {
  return {
    auth: vi.fn(async () => {
      if (state.userId == null) return null;
      const { startSession } = await import("@/db/mutations/sessions");
      return { user: { id: String(state.userId) }, sid: await startSession(testDb(), state.userId, new Date()) };
    }),
    signIn: vi.fn(),
    signOut: vi.fn(),
    handlers: { GET: vi.fn(), POST: vi.fn() },
  };
}

/** `next/navigation`: the control-flow functions throw recognisable errors. */
export function navigationMock() {
  return {
    forbidden: vi.fn(() => {
      throw new Error("FORBIDDEN");
    }),
    unauthorized: vi.fn(() => {
      throw new Error("UNAUTHORIZED");
    }),
    redirect: vi.fn(() => {
      throw new Error("NEXT_REDIRECT");
    }),
    permanentRedirect: vi.fn(() => {
      throw new Error("NEXT_REDIRECT");
    }),
    notFound: vi.fn(() => {
      throw new Error("NEXT_NOT_FOUND");
    }),
  };
}

/** `next/cache`: revalidation is a no-op outside Next. */
export function cacheMock() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() };
}

// ---------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------

export async function insertUser(db: Db, role: Role, name: string, active = true) {
  const [row] = await db
    .insert(users)
    .values({ email: `${role}.${randomUUID().slice(0, 8)}@accord.test`, name, passwordHash: "x", role, active })
    .returning();
  return row;
}

export async function insertCategory(db: Db, key: string, nameZh: string, sortOrder: number) {
  const [row] = await db
    .insert(categories)
    .values({ key, nameZh, nameZhHant: nameZh, nameEn: key, sortOrder })
    .returning();
  return row;
}

export async function insertOrganization(db: Db, nameZh: string, type: PartyType, shortName: string | null = null) {
  const [row] = await db.insert(organizations).values({ nameZh, type, shortName }).returning();
  return row;
}

export async function insertEvent(db: Db, nameZh: string, heldOn: string) {
  const [row] = await db.insert(events).values({ nameZh, heldOn }).returning();
  return row;
}

/** Users of every role, a deactivated one, categories, parties and an event (one insert per table). */
export async function baseFixtures(db: Db) {
  const [admin, staff, executive, deactivated] = await db
    .insert(users)
    .values([
      { email: "admin@accord.test", name: "王管理", passwordHash: "x", role: "admin" as const },
      { email: "staff@accord.test", name: "李专员", passwordHash: "x", role: "staff" as const },
      { email: "executive@accord.test", name: "张主任", passwordHash: "x", role: "executive" as const },
      { email: "former@accord.test", name: "赵离职", passwordHash: "x", role: "staff" as const, active: false },
    ])
    .returning();
  const [fin, tech, talent] = await db
    .insert(categories)
    .values([
      { key: "financial_services", nameZh: "金融服务", nameZhHant: "金融服務", nameEn: "Financial services", sortOrder: 10 },
      { key: "technology_innovation", nameZh: "科技创新", nameZhHant: "科技創新", nameEn: "Technology innovation", sortOrder: 20 },
      { key: "talent_cultivation", nameZh: "人才培养", nameZhHant: "人才培養", nameEn: "Talent cultivation", sortOrder: 30 },
    ])
    .returning();
  const [msxj, cqrcb, cqu, iflytek, bigdata] = await db
    .insert(organizations)
    .values([
      { nameZh: "马上消费金融股份有限公司", type: "consumer_finance" as const, shortName: "马上消金" },
      { nameZh: "重庆农村商业银行股份有限公司", type: "bank" as const, shortName: "渝农商行" },
      { nameZh: "重庆大学", type: "academic" as const },
      { nameZh: "科大讯飞股份有限公司", type: "ai_tech" as const, shortName: "讯飞" },
      { nameZh: "重庆市大数据应用发展管理局", type: "government" as const },
    ])
    .returning();
  const expo = await insertEvent(db, "2024中国国际智能产业博览会", "2024-08-22");
  return {
    users: { admin, staff, executive, deactivated },
    cat: { fin, tech, talent },
    org: { msxj, cqrcb, cqu, iflytek, bigdata },
    expo,
  };
}
export type Fx = Awaited<ReturnType<typeof baseFixtures>>;

/** A valid signed agreement as the form sends it; override any field. */
export function agreementInput(fx: Fx, over: Partial<AgreementFormInput> = {}): AgreementFormInput {
  return {
    reference: "CQ-2024-0001",
    titleZh: "消费金融数字化转型联合实验室合作协议",
    titleEn: "Joint lab for consumer-finance digitalisation",
    summary: "",
    categoryId: fx.cat.fin.id,
    eventId: fx.expo.id,
    status: "signed",
    signedOn: "2024-08-22",
    termStart: "2024-09-01",
    termEnd: "2027-08-31",
    signedValue: "3.5亿",
    valueKind: "binding",
    parties: [
      { organizationId: fx.org.cqrcb.id, isLead: false, signatoryName: "", signatoryTitle: "" },
      { organizationId: fx.org.msxj.id, isLead: true, signatoryName: "赵国庆", signatoryTitle: "董事长" },
    ],
    ...over,
  };
}

/** An agreement row with its parties, inserted directly (for list/search fixtures). */
export interface AgreementFixture {
  reference: string;
  titleZh: string;
  categoryId: number;
  status: AgreementStatus;
  signedOn: string | null;
  signedValue: string | null;
  partyIds: number[];
  deleted?: boolean;
}

/** Inserts agreement rows and their parties (first party = lead) in two statements; returns the rows in order. */
export async function insertAgreementRows(db: Db, list: AgreementFixture[]) {
  const rows = await db
    .insert(agreements)
    .values(
      list.map((a) => ({
        reference: a.reference,
        titleZh: a.titleZh,
        categoryId: a.categoryId,
        status: a.status,
        signedOn: a.signedOn,
        signedValue: a.signedValue,
        deletedAt: a.deleted ? new Date("2025-01-01T00:00:00Z") : null,
      })),
    )
    .returning();
  const parties = list.flatMap((a, i) =>
    a.partyIds.map((organizationId, p) => ({ agreementId: rows[i].id, organizationId, position: p + 1, isLead: p === 0 })),
  );
  if (parties.length) await db.insert(agreementParties).values(parties);
  return rows;
}

// ---------------------------------------------------------------------------
// Inspection
// ---------------------------------------------------------------------------

/** Row counts of the tables an action may write. */
export async function counts(db: Db) {
  return {
    agreements: await db.$count(agreements),
    parties: await db.$count(agreementParties),
    progress: await db.$count(progressUpdates),
    audit: await db.$count(auditLog),
  };
}

export async function auditFor(db: Db, agreementId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "agreement"), eq(auditLog.entityId, String(agreementId))))
    .orderBy(asc(auditLog.id));
}

export async function agreementRow(db: Db, id: number) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  return row;
}

export async function partiesOf(db: Db, agreementId: number) {
  return db
    .select()
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId))
    .orderBy(asc(agreementParties.position));
}

// ---------------------------------------------------------------------------
// Exact money arithmetic for expected values (BigInt fen, independent of lib/money)
// ---------------------------------------------------------------------------

export function fen(decimal: string): bigint {
  const m = /^(\d+)\.(\d{2})$/.exec(decimal);
  if (!m) throw new Error(`fixture amounts are written "123.45": ${decimal}`);
  return BigInt(m[1]) * 100n + BigInt(m[2]);
}

export function yuan(f: bigint): string {
  return `${f / 100n}.${(f % 100n).toString().padStart(2, "0")}`;
}

export function sumYuan(values: (string | null)[]): string {
  return yuan(values.reduce((s, v) => s + (v ? fen(v) : 0n), 0n));
}

export function uuid(): string {
  return randomUUID();
}
