import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { sessions } from "../schema";

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** A new session for a user who just proved who they are; returns its id (256 random bits), the only thing the cookie carries. */
export async function startSession(db: DbOrTx, userId: number, now: Date): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  await db.insert(sessions).values({ id, userId, createdAt: now, lastSeenAt: now });
  return id;
}

/**
 * The user id of a live session, marking it seen at `now`; null when the
 * session is unknown, ended, idle past the limit or older than the absolute
 * limit. One statement: two requests racing cannot revive an expired session.
 */
export async function touchSession(db: DbOrTx, id: string, now: Date, limits: SessionLimits): Promise<number | null> {
  const [row] = await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.endedAt),
        gt(sessions.lastSeenAt, new Date(now.getTime() - limits.idleMs)),
        gt(sessions.createdAt, new Date(now.getTime() - limits.absoluteMs)),
      ),
    )
    .returning({ userId: sessions.userId });
  return row?.userId ?? null;
}

/** Ends one session (sign-out); ending an ended or unknown one does nothing. */
export async function endSession(db: DbOrTx, id: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

/** Ends every open session of a user (deactivation, password change or reset, an admin's request); returns how many were open. */
export async function endUserSessions(db: DbOrTx, userId: number, reason: string, exceptId?: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}
