import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { SessionLimits } from "../mutations/sessions";
import { sessions } from "../schema";

/** Whether a session is live at `now`, without counting this as activity (GET /api/auth/session must not keep a session alive). */
export async function isSessionLive(db: DbOrTx, id: string, now: Date, limits: SessionLimits): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.endedAt),
        gt(sessions.lastSeenAt, new Date(now.getTime() - limits.idleMs)),
        gt(sessions.createdAt, new Date(now.getTime() - limits.absoluteMs)),
      ),
    );
  return Boolean(row);
}
