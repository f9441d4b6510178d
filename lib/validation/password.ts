import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/**
 * A new password as every form and the command line check it: 12 to 128
 * characters, all of them counted (the hash reads the whole). Common passwords
 * are refused on the server too (lib/crypto/common-passwords.ts), where the list lives.
 */
export const newPassword = z
  .string()
  .refine((s) => [...s].length >= PASSWORD_MIN, "passwordTooShort")
  .refine((s) => [...s].length <= PASSWORD_MAX, "passwordTooLong");

/** The signed-in user's own change: the current password, and the new one twice. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "required").max(1024, "required"),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "passwordMismatch" })
  .refine((v) => v.password !== v.current, { path: ["password"], message: "passwordUnchanged" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
