"use server";

import { getDb } from "@/db/client";
import { changeOwnPassword } from "@/db/mutations/users";
import { ROLES } from "@/lib/domain/enums";
import { guardedAction } from "@/lib/auth/action";
import { changePasswordSchema } from "@/lib/validation/password";

/** Everyone changes their own password, the current one required; their other sessions end. */
export const changePasswordAction = guardedAction(
  { schema: changePasswordSchema, roles: [...ROLES], beforePasswordChange: true },
  async (input, user) => {
    await changeOwnPassword(await getDb(), user.id, user.sessionId ?? null, input);
    return { changed: true };
  },
);
