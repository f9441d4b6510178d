"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { reassignOwner } from "@/db/mutations/agreement-owner";
import { removeAttachment } from "@/db/mutations/attachments";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { attachmentIdSchema } from "@/lib/validation/documents";
import { ownerSchema } from "@/lib/validation/reminders";

export const removeAttachmentAction = guardedAction({ schema: attachmentIdSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await removeAttachment(await getDb(), user, input.id);
  revalidatePath(`/agreements/${result.agreementId}`);
  revalidatePath(`/agreements/${result.agreementId}/edit`);
  return result;
});

export const reassignOwnerAction = guardedAction({ schema: ownerSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await reassignOwner(await getDb(), user, input);
  revalidatePath(`/agreements/${input.agreementId}`);
  return result;
});
