import "server-only";
import { getCurrentUser, type SessionUser } from "./guard";

/** JSON error with a stable shape for API clients. */
export function apiError(status: number, error: string, details?: unknown): Response {
  return Response.json({ error, ...(details === undefined ? {} : { details }) }, { status });
}

/**
 * Wraps a route handler: the caller must be a signed-in, active user (checked
 * against the current row), else 401. Route handlers are public endpoints; the
 * proxy does not guard /api.
 */
export function withApiUser(handler: (req: Request, user: SessionUser) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return apiError(401, "unauthorized");
    return handler(req, user);
  };
}
