import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { touchSession } from "@/db/mutations/sessions";
import { getActiveUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { Role } from "@/lib/domain/enums";
import { SESSION_LIMITS } from "./session-limits";
import { auth } from "./index";

export type SessionUser = Pick<User, "id" | "email" | "name" | "role"> & {
  /** Signed in with a one-time password: nothing but /account/password until it is changed. */
  mustChangePassword?: boolean;
  /** The server-side session this request carries (absent for API tokens). */
  sessionId?: string;
};

/**
 * The signed-in user as the database has them now, or null. The cookie alone is
 * not trusted: its session row must be live (not signed out or ended by an admin,
 * seen within 30 minutes, at most 12 hours old), and this request counts as
 * activity; the user row must be active, and a user deactivated or demoted since
 * signing in is judged by the current row on the very next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const sid = session?.sid;
  if (!Number.isInteger(id) || id <= 0 || typeof sid !== "string") return null;
  const db = await getDb();
  if ((await touchSession(db, sid, new Date(), SESSION_LIMITS)) !== id) return null;
  const user = await getActiveUser(db, id);
  return user
    ? { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, sessionId: sid }
    : null;
});

/** For /account/password alone: the current user even before a one-time password is changed, or a redirect to /login. */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages, loaders and actions: the current user, or a redirect to /login (to /account/password while a one-time password is unchanged). */
export async function requireSession(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect("/account/password");
  return user;
}

/** Like requireSession, and answers 403 when the user's current role is not among `roles`. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireSession();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export const WRITER_ROLES: Role[] = ["admin", "staff"];

export function canWrite(user: SessionUser): boolean {
  return WRITER_ROLES.includes(user.role);
}
