"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { adminCreateUser, changeUserRole, endAllUserSessions, resetUserPassword, setUserActive } from "@/db/mutations/users";
import { guardedAction } from "@/lib/auth/action";
import { adminNewUserSchema, changeRoleSchema, setActiveSchema, userIdSchema } from "@/lib/validation/user";

// Admins run the office's accounts. Each returns what the page shows next; a one-time
// password leaves the server here, once, to the admin who hands it over.

export const createUserAction = guardedAction({ schema: adminNewUserSchema, roles: ["admin"] }, async (input, user) => {
  const created = await adminCreateUser(await getDb(), user.id, input);
  revalidatePath("/admin/users");
  return { id: created.id, email: created.email, password: created.password, expiresAt: created.passwordExpiresAt?.toISOString() ?? null };
});

export const changeRoleAction = guardedAction({ schema: changeRoleSchema, roles: ["admin"] }, async (input, user) => {
  const changed = await changeUserRole(await getDb(), user.id, input.id, input.role);
  revalidatePath("/admin/users");
  return changed;
});

export const setActiveAction = guardedAction({ schema: setActiveSchema, roles: ["admin"] }, async (input, user) => {
  const changed = await setUserActive(await getDb(), user.id, input.id, input.active);
  revalidatePath("/admin/users");
  return changed;
});

export const resetPasswordAction = guardedAction({ schema: userIdSchema, roles: ["admin"] }, async (input, user) => {
  const reset = await resetUserPassword(await getDb(), user.id, input.id);
  revalidatePath("/admin/users");
  return { id: reset.id, email: reset.email, password: reset.password, expiresAt: reset.passwordExpiresAt.toISOString() };
});

export const endSessionsAction = guardedAction({ schema: userIdSchema, roles: ["admin"] }, async (input, user) => {
  const ended = await endAllUserSessions(await getDb(), user.id, input.id);
  revalidatePath("/admin/users");
  return ended;
});
