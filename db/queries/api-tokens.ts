import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { apiTokens, users, type ApiToken, type User } from "../schema";

/** A row of the /admin/tokens list; never the hash. */
export interface ApiTokenListItem {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  creatorName: string;
  /** A token of a deactivated creator no longer authenticates, so the list says so. */
  creatorActive: boolean;
}

export async function listApiTokens(db: DbOrTx): Promise<ApiTokenListItem[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      creatorName: users.name,
      creatorActive: users.active,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export interface ActiveApiToken {
  token: Pick<ApiToken, "id" | "name" | "lastUsedAt">;
  creator: Pick<User, "id" | "email" | "name">;
}

/**
 * The token with this sha-256 hash if it may still be used: not revoked, and its
 * creator still active (deactivating a person retires the tokens they issued).
 */
export async function findActiveTokenByHash(db: DbOrTx, tokenHash: string): Promise<ActiveApiToken | undefined> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      lastUsedAt: apiTokens.lastUsedAt,
      creatorId: users.id,
      creatorEmail: users.email,
      creatorName: users.name,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true)));
  if (!row) return undefined;
  return {
    token: { id: row.id, name: row.name, lastUsedAt: row.lastUsedAt },
    creator: { id: row.creatorId, email: row.creatorEmail, name: row.creatorName },
  };
}
