"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createAgreementsBatch } from "@/db/mutations/batch";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { batchSchema } from "@/lib/validation/agreement";

export const createBatchAction = guardedAction({ schema: batchSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await createAgreementsBatch(await getDb(), user, input.eventId, input.rows, input.submissionKey);
  revalidatePath("/", "layout");
  return result;
});
