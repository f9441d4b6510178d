"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { issueApiToken, revokeApiToken } from "@/db/mutations/api-tokens";
import { guardedAction } from "@/lib/auth/action";
import { issueApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-token";

/** Returns the plain token: the one time it leaves the server, to the admin who issued it, to hand to the BI tool. */
export const issueApiTokenAction = guardedAction({ schema: issueApiTokenSchema, roles: ["admin"] }, async (input, user) => {
  const issued = await issueApiToken(await getDb(), user, input);
  revalidatePath("/admin/tokens");
  return issued;
});

export const revokeApiTokenAction = guardedAction({ schema: revokeApiTokenSchema, roles: ["admin"] }, async (input, user) => {
  const revoked = await revokeApiToken(await getDb(), user, input.id);
  revalidatePath("/admin/tokens");
  return revoked;
});
