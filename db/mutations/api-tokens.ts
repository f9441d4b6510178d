import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { generateApiToken } from "@/lib/crypto/api-token";
import { DomainError } from "@/lib/domain-error";
import type { IssueApiTokenInput } from "@/lib/validation/api-token";
import type { FitsInsert } from "./form-fit";
import type { Db, DbOrTx } from "../client";
import { apiTokens, type NewApiToken } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

export interface IssuedApiToken {
  id: number;
  name: string;
  prefix: string;
  /** The plain secret: returned this once and never stored. */
  token: string;
}

/** Issues a token for `actor`; only its hash is stored, and the audit entry holds neither secret nor hash. */
export async function issueApiToken(db: Db, actor: Actor, input: IssueApiTokenInput): Promise<IssuedApiToken> {
  const { token, tokenHash, prefix } = generateApiToken();
  const columns: FitsInsert<IssueApiTokenInput, Partial<NewApiToken>> = { name: input.name };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ ...columns, tokenHash, prefix, createdBy: actor.id })
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "api_token", entityId: row.id, after: { name: row.name, prefix: row.prefix } });
    return { ...row, token };
  });
}

/** Revokes a token. Revoking one already revoked changes nothing and writes no second audit entry. */
export async function revokeApiToken(db: Db, actor: Actor, id: number): Promise<{ id: number; revokedAt: Date }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, revokedAt: apiTokens.revokedAt });
    if (row?.revokedAt) {
      await appendAudit(tx, {
        actorId: actor.id,
        action: "revoke",
        entity: "api_token",
        entityId: row.id,
        before: { name: row.name, prefix: row.prefix, revokedAt: null },
        after: { name: row.name, prefix: row.prefix, revokedAt: row.revokedAt.toISOString() },
      });
      return { id: row.id, revokedAt: row.revokedAt };
    }
    const [existing] = await tx.select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, id));
    if (!existing?.revokedAt) throw new DomainError("notFound", "notFound");
    return { id: existing.id, revokedAt: existing.revokedAt };
  });
}

/**
 * Records a use of the token, at most once a minute, so a BI tool polling every
 * second does not write on every request. Not audited: like a sign-in time, it
 * is bookkeeping, not a change anyone made.
 */
export async function touchApiToken(db: DbOrTx, id: number): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
}
