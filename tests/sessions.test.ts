/**
 * Server-side sessions through the real guard (lib/auth/guard.ts) and a real
 * route handler; only the cookie's decoding is replaced (tests/session-source.ts)
 * and the clock is set by the test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./session-source")).sessionSourceMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());

import { eq } from "drizzle-orm";
import { GET as listOrganizations } from "@/app/api/v1/organizations/route";
import { createUser, endAllUserSessions } from "@/db/mutations/users";
import { isSessionLive } from "@/db/queries/sessions";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { SESSION_LIMITS } from "@/lib/auth/session-limits";
import { requireSession } from "@/lib/auth/guard";
import { endSignedOutSession } from "@/lib/auth/sign-out";
import { state } from "./fixtures";
import { carry } from "./session-source";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
const T0 = new Date("2026-03-02T01:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const PASSWORD = "violet-harbour-tram-42";

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

async function signIn() {
  const user = await createUser(t.db, null, { email: "staff@accord.test", name: "李专员", role: "staff", password: PASSWORD });
  const r = await authenticate(t.db, { email: user.email, password: PASSWORD });
  if (!r.ok) throw new Error("sign-in failed");
  return { userId: user.id, sessionId: r.sessionId };
}

/** One request at `at` carrying the cookie: the status a client would see. */
async function requestAt(at: Date): Promise<number> {
  vi.setSystemTime(at);
  const res = await listOrganizations(new Request("http://accord.test/api/v1/organizations?q=x"));
  return res.status;
}

describe("sessions end on the server", () => {
  it("a cookie replayed after sign-out is refused: 401 from the API, /login for pages", async () => {
    const s = await signIn();
    carry(s);
    expect(await requestAt(minutes(1))).toBe(200);
    await endSignedOutSession({ sid: s.sessionId });
    expect(await requestAt(minutes(2))).toBe(401);
    await expect(requireSession()).rejects.toThrow("NEXT_REDIRECT");
  });

  it("ends after 30 minutes without a request, and each request restarts the idle clock", async () => {
    carry(await signIn());
    expect(await requestAt(minutes(29))).toBe(200);
    expect(await requestAt(minutes(58))).toBe(200);
    expect(await requestAt(minutes(58 + 31))).toBe(401);
    // Coming back does not revive it.
    expect(await requestAt(minutes(58 + 32))).toBe(401);
  });

  it("ends 12 hours after sign-in however busy the client is; refreshing cannot pass the limit", async () => {
    const s = await signIn();
    carry(s);
    for (let m = 20; m < 12 * 60; m += 20) expect(await requestAt(minutes(m))).toBe(200);
    // What GET /api/auth/session asks (lib/auth/index.ts): live just before the limit, not after, however often asked.
    expect(await isSessionLive(t.db, s.sessionId, minutes(12 * 60 - 1), SESSION_LIMITS)).toBe(true);
    expect(await isSessionLive(t.db, s.sessionId, minutes(12 * 60 + 1), SESSION_LIMITS)).toBe(false);
    expect(await requestAt(minutes(12 * 60 + 1))).toBe(401);
  });

  it("an admin ends every session of a user; other users keep theirs", async () => {
    const a = await signIn();
    const other = await createUser(t.db, null, { email: "exec@accord.test", name: "张主任", role: "executive", password: PASSWORD });
    const o = await authenticate(t.db, { email: other.email, password: PASSWORD });
    if (!o.ok) throw new Error("sign-in failed");
    const again = await authenticate(t.db, { email: "staff@accord.test", password: PASSWORD });
    if (!again.ok) throw new Error("sign-in failed");
    expect(await endAllUserSessions(t.db, other.id, a.userId)).toEqual({ id: a.userId, ended: 2 });
    for (const sessionId of [a.sessionId, again.sessionId]) {
      carry({ userId: a.userId, sessionId });
      expect(await requestAt(minutes(1))).toBe(401);
    }
    carry({ userId: other.id, sessionId: o.sessionId });
    expect(await requestAt(minutes(1))).toBe(200);
  });

  it("deactivation and demotion still count at the next request", async () => {
    const s = await signIn();
    carry(s);
    expect(await requestAt(minutes(1))).toBe(200);
    await t.db.update(users).set({ active: false }).where(eq(users.id, s.userId));
    expect(await requestAt(minutes(2))).toBe(401);
  });

  it("a cookie naming another user than its session's is refused", async () => {
    const s = await signIn();
    carry({ userId: s.userId + 1, sessionId: s.sessionId });
    expect(await requestAt(minutes(1))).toBe(401);
  });
});
