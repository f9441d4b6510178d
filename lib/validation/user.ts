import "./zod-config";
import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";
import { dbId } from "./common";
import { newPassword } from "./password";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "invalidEmail").email("invalidEmail"),
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  role: z.enum(ROLES, { message: "invalidRole" }),
  password: newPassword,
});
export type NewUserInput = z.infer<typeof newUserSchema>;

/** An admin creates an account: the server makes the one-time password. */
export const adminNewUserSchema = newUserSchema.omit({ password: true });
export type AdminNewUserInput = z.infer<typeof adminNewUserSchema>;

export const userIdSchema = z.object({ id: dbId });
export const changeRoleSchema = z.object({ id: dbId, role: z.enum(ROLES, { message: "invalidRole" }) });
export const setActiveSchema = z.object({ id: dbId, active: z.boolean() });
