import "server-only";
import { getDb } from "@/db/client";
import { touchApiToken } from "@/db/mutations/api-tokens";
import { findActiveTokenByHash } from "@/db/queries/api-tokens";
import { bearerToken, hashApiToken } from "@/lib/crypto/api-token";
import { getCurrentUser, type SessionUser } from "./guard";

/** JSON error with a stable shape for API clients. */
export function apiError(status: number, error: string, details?: unknown): Response {
  return Response.json({ error, ...(details === undefined ? {} : { details }) }, { status });
}

/**
 * Wraps a route handler: the caller must be a signed-in, active user (checked
 * against the current row) or, without a session, present an `Authorization:
 * Bearer` API token that is not revoked and whose creator is still active; else
 * 401. Route handlers are public endpoints; the proxy does not guard /api.
 */
export function withApiUser(handler: (req: Request, user: SessionUser) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    const user = (await getCurrentUser()) ?? (await tokenPrincipal(req));
    if (!user) return apiError(401, "unauthorized");
    if (user.mustChangePassword) return apiError(403, "passwordChangeRequired");
    return handler(req, user);
  };
}

/**
 * The principal of a valid API token. It is always an executive, whatever the
 * creator's role, because executives can only read: a leaked BI token can never
 * change the registry.
 */
async function tokenPrincipal(req: Request): Promise<SessionUser | null> {
  const token = bearerToken(req);
  if (!token) return null;
  const db = await getDb();
  const found = await findActiveTokenByHash(db, hashApiToken(token));
  if (!found) return null;
  await touchApiToken(db, found.token.id);
  const { creator } = found;
  return { id: creator.id, email: creator.email, name: `API token: ${found.token.name}`, role: "executive" };
}
