/**
 * Fixtures for tests/api-tokens.test.ts. Tokens are made here with node:crypto,
 * independently of lib/auth/api-token, so the tests pin the stored contract:
 * `acc_` + 40 hex characters, kept only as its sha-256 hex.
 */
import { createHash, randomBytes } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, auditLog } from "@/db/schema";

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export const randomToken = () => `acc_${randomBytes(20).toString("hex")}`;

/** A token row inserted directly; returns the row and its plain secret. */
export async function insertApiToken(db: Db, createdBy: number, name: string, opts: { revoked?: boolean } = {}) {
  const token = randomToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ name, tokenHash: sha256(token), prefix: token.slice(0, 8), createdBy, revokedAt: opts.revoked ? new Date() : null })
    .returning();
  return { row, token };
}

export async function tokenRow(db: Db, id: number) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

/** Moves a token's last use into the past by `seconds` (database clock). */
export async function setLastUsedAgo(db: Db, id: number, seconds: number) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now() - make_interval(secs => ${seconds})` })
    .where(eq(apiTokens.id, id));
  return (await tokenRow(db, id)).lastUsedAt;
}

export async function tokenAudit(db: Db) {
  return db.select().from(auditLog).where(eq(auditLog.entity, "api_token")).orderBy(asc(auditLog.id));
}

export async function tokenCounts(db: Db) {
  return { tokens: await db.$count(apiTokens), audit: await db.$count(auditLog) };
}

/** A GET as a BI tool sends it. */
export function bearerRequest(token: string | null, url = "http://localhost/api/v1/rollups") {
  return new Request(url, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
}
