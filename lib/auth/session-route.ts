import "server-only";
import type { Role } from "@/lib/domain/enums";
import { isSameOrigin } from "@/lib/http/same-origin";
import { apiError } from "./api";
import { getCurrentUser, type SessionUser } from "./guard";

/**
 * Wraps a route handler that only signed-in people may use (attachments, the
 * document reader): a current, active user from the session cookie (else 401;
 * API tokens are for BI reads and do not open files), one of `roles` (else
 * 403), and for anything but GET/HEAD a request from this site (else 403), since
 * a cookie is sent along whichever page asks.
 */
export function withSessionUser<Ctx>(roles: readonly Role[], handler: (req: Request, user: SessionUser, ctx: Ctx) => Promise<Response>) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return apiError(401, "unauthorized");
    if (user.mustChangePassword) return apiError(403, "passwordChangeRequired");
    if (!roles.includes(user.role)) return apiError(403, "forbidden");
    if (req.method !== "GET" && req.method !== "HEAD" && !isSameOrigin(req.headers)) return apiError(403, "crossOrigin");
    return handler(req, user, ctx);
  };
}
