import "./zod-config";
import { z } from "zod";
import { ROLES } from "@/lib/domain/enums";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("invalidEmail"),
  name: z.string().trim().min(1, "required").max(100),
  role: z.enum(ROLES, { message: "invalidRole" }),
  password: z.string().min(10, "passwordTooShort").max(200),
});
export type NewUserInput = z.infer<typeof newUserSchema>;
