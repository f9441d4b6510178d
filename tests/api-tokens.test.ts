/**
 * API tokens for BI tools, end to end on a real database: admins issue and
 * revoke them through the real actions, and `withApiUser` accepts a valid
 * bearer token as a read-only principal when there is no session.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { issueApiTokenAction, revokeApiTokenAction } from "@/app/(forms)/admin/tokens/actions";
import { users } from "@/db/schema";
import { withApiUser } from "@/lib/auth/api";
import type { SessionUser } from "@/lib/auth/guard";
import { bearerRequest, insertApiToken, randomToken, setLastUsedAgo, sha256, tokenAudit, tokenCounts, tokenRow } from "./api-token-fixtures";
import { baseFixtures, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  signIn(null);
  vi.clearAllMocks();
});

describe("issueApiTokenAction", () => {
  it("admin issues: the plain token comes back once, only its sha-256 is stored, the audit entry holds neither", async () => {
    signIn(fx.users.admin);
    const result = await issueApiTokenAction({ name: "  经营分析看板  " });

    expect(result).toEqual({ ok: true, data: { id: expect.any(Number), name: "经营分析看板", prefix: expect.any(String), token: expect.any(String) } });
    if (!result.ok) return;
    const { id, token, prefix } = result.data;
    expect(token).toMatch(/^acc_[0-9a-f]{40}$/);
    expect(prefix).toBe(token.slice(0, 8));

    const row = await tokenRow(t.db, id);
    expect(row).toMatchObject({ name: "经营分析看板", tokenHash: sha256(token), prefix, createdBy: fx.users.admin.id, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);

    const audit = await tokenAudit(t.db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", entity: "api_token", entityId: String(id), actorId: fx.users.admin.id, before: null });
    expect(audit[0].after).toEqual({ name: "经营分析看板", prefix });
    expect(JSON.stringify(audit[0])).not.toContain(token.slice(8));
    expect(JSON.stringify(audit[0])).not.toContain(row.tokenHash);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith("/admin/tokens");
  });

  it("each issue is a new secret", async () => {
    signIn(fx.users.admin);
    const a = await issueApiTokenAction({ name: "A" });
    const b = await issueApiTokenAction({ name: "A" });
    expect(a.ok && b.ok && a.data.token !== b.data.token).toBe(true);
    expect(await tokenCounts(t.db)).toEqual({ tokens: 2, audit: 2 });
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["x".repeat(101), "tooLong"],
  ])("name %j is refused with %s and nothing is written", async (name, key) => {
    signIn(fx.users.admin);
    const result = await issueApiTokenAction({ name });
    expect(result).toEqual({ ok: false, code: "invalid", message: "invalid", fieldErrors: { name: [key] } });
    expect(await tokenCounts(t.db)).toEqual({ tokens: 0, audit: 0 });
  });

  it.each(["staff", "executive"] as const)("%s is refused with FORBIDDEN and nothing is written", async (role) => {
    signIn(fx.users[role]);
    await expect(issueApiTokenAction({ name: "Power BI" })).rejects.toThrow("FORBIDDEN");
    expect(await tokenCounts(t.db)).toEqual({ tokens: 0, audit: 0 });
  });

  it("signed out: redirected to sign in and nothing is written", async () => {
    await expect(issueApiTokenAction({ name: "Power BI" })).rejects.toThrow("NEXT_REDIRECT");
    expect(await tokenCounts(t.db)).toEqual({ tokens: 0, audit: 0 });
  });
});

describe("revokeApiTokenAction", () => {
  it("admin revokes: revokedAt is set, one audit 'revoke' without secret or hash; a second revoke changes nothing", async () => {
    const { row } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    signIn(fx.users.admin);
    const result = await revokeApiTokenAction({ id: row.id });

    expect(result).toEqual({ ok: true, data: { id: row.id, revokedAt: expect.any(Date) } });
    expect((await tokenRow(t.db, row.id)).revokedAt).toBeInstanceOf(Date);
    const audit = await tokenAudit(t.db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "revoke", entity: "api_token", entityId: String(row.id), actorId: fx.users.admin.id });
    expect(audit[0].after).toMatchObject({ name: "Power BI", prefix: row.prefix, revokedAt: expect.any(String) });
    expect(JSON.stringify(audit[0])).not.toContain(row.tokenHash);

    expect(await revokeApiTokenAction({ id: row.id })).toEqual({ ok: true, data: { id: row.id, revokedAt: expect.any(Date) } });
    expect(await tokenAudit(t.db)).toHaveLength(1);
  });

  it("an unknown id is notFound", async () => {
    signIn(fx.users.admin);
    expect(await revokeApiTokenAction({ id: 9999 })).toMatchObject({ ok: false, code: "notFound" });
    expect(await tokenCounts(t.db)).toEqual({ tokens: 0, audit: 0 });
  });

  it.each(["staff", "executive"] as const)("%s is refused with FORBIDDEN and the token stays active", async (role) => {
    const { row } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    signIn(fx.users[role]);
    await expect(revokeApiTokenAction({ id: row.id })).rejects.toThrow("FORBIDDEN");
    expect((await tokenRow(t.db, row.id)).revokedAt).toBeNull();
    expect(await tokenCounts(t.db)).toEqual({ tokens: 1, audit: 0 });
  });
});

describe("withApiUser with an API token", () => {
  const handler = vi.fn(async (_req: Request, user: SessionUser) => Response.json({ user }));
  const route = withApiUser(handler);
  const unauthorized = async (res: Response) => {
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    expect(handler).not.toHaveBeenCalled();
  };

  it("a valid token without a session reaches the handler as a read-only principal and records its use", async () => {
    const { row, token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    const req = bearerRequest(token);
    const res = await route(req);

    expect(res.status).toBe(200);
    const principal = { id: fx.users.admin.id, email: "admin@accord.test", name: "API token: Power BI", role: "executive" };
    expect(await res.json()).toEqual({ user: principal });
    expect(handler).toHaveBeenCalledWith(req, principal);
    expect((await tokenRow(t.db, row.id)).lastUsedAt).toBeInstanceOf(Date);
  });

  it("records a use at most once a minute", async () => {
    const { row, token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    const recent = await setLastUsedAgo(t.db, row.id, 30);
    expect((await route(bearerRequest(token))).status).toBe(200);
    expect((await tokenRow(t.db, row.id)).lastUsedAt).toEqual(recent);

    const old = await setLastUsedAgo(t.db, row.id, 120);
    expect((await route(bearerRequest(token))).status).toBe(200);
    expect((await tokenRow(t.db, row.id)).lastUsedAt!.getTime()).toBeGreaterThan(old!.getTime());
  });

  it("a revoked token is 401", async () => {
    const { token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI", { revoked: true });
    await unauthorized(await route(bearerRequest(token)));
  });

  it("a token revoked through the action stops working at once", async () => {
    const { row, token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    expect((await route(bearerRequest(token))).status).toBe(200);
    signIn(fx.users.admin);
    await revokeApiTokenAction({ id: row.id });
    signIn(null);
    handler.mockClear();
    await unauthorized(await route(bearerRequest(token)));
  });

  it.each([
    ["a well-formed but unknown token", () => randomToken()],
    ["a malformed token", () => "not-a-token"],
    ["the stored hash instead of the token", () => sha256("x")],
  ])("%s is 401", async (_label, make) => {
    await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    await unauthorized(await route(bearerRequest(make())));
  });

  it("a token whose creator was deactivated is 401", async () => {
    const { token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    await t.db.update(users).set({ active: false }).where(eq(users.id, fx.users.admin.id));
    await unauthorized(await route(bearerRequest(token)));
  });

  it("no header and no session is 401", async () => {
    await unauthorized(await route(bearerRequest(null)));
  });

  it("a session is used as before (and no token is needed)", async () => {
    signIn(fx.users.staff);
    const res = await route(bearerRequest(null));
    expect(res.status).toBe(200);
    expect(handler).toHaveBeenCalledWith(expect.any(Request), expect.objectContaining({ id: fx.users.staff.id, email: "staff@accord.test", name: "李专员", role: "staff" }));
  });

  // The routes belong to the BI endpoints; only who may call them is checked here.
  it.each(["rollups", "agreements"])("GET /api/v1/%s answers a BI tool's token and refuses a caller without one", async (name) => {
    const { token } = await insertApiToken(t.db, fx.users.admin.id, "Power BI");
    const { GET } = (await import(`@/app/api/v1/${name}/route`)) as { GET: (req: Request) => Promise<Response> };
    const url = `http://localhost/api/v1/${name}`;
    expect((await GET(bearerRequest(null, url))).status).toBe(401);
    expect((await GET(bearerRequest(randomToken(), url))).status).toBe(401);
    expect((await GET(bearerRequest(token, url))).status).toBe(200);
  });
});
