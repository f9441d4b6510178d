import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getActiveUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { Role } from "@/lib/domain/enums";
import { auth } from "./index";

export type SessionUser = Pick<User, "id" | "email" | "name" | "role">;

/**
 * The signed-in user as the database has them now, or null. The token alone is
 * not trusted: a user deactivated or demoted since signing in is judged by the
 * current row on the very next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await getActiveUser(await getDb(), id);
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

/** For pages, loaders and actions: the current user, or a redirect to /login. */
export async function requireSession(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
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
