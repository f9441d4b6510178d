"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createAgreement, restoreAgreement, softDeleteAgreement, updateAgreement } from "@/db/mutations/agreements";
import { addProgressUpdate } from "@/db/mutations/progress";
import { correctProgressUpdate, withdrawProgressUpdate } from "@/db/mutations/progress-corrections";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { agreementIdSchema, createAgreementSchema, progressSchema, updateAgreementSchema } from "@/lib/validation/agreement";
import { progressCorrectionSchema, progressWithdrawalSchema } from "@/lib/validation/progress";

function touched(id?: number) {
  revalidatePath("/", "layout");
  if (id) revalidatePath(`/agreements/${id}`);
}

export const createAgreementAction = guardedAction({ schema: createAgreementSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await createAgreement(await getDb(), user, input.agreement, input.submissionKey, input.ownerId);
  touched(result.id);
  return result;
});

export const updateAgreementAction = guardedAction({ schema: updateAgreementSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await updateAgreement(await getDb(), user, input.id, input.version, input.agreement);
  touched(input.id);
  return result;
});

export const deleteAgreementAction = guardedAction({ schema: agreementIdSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await softDeleteAgreement(await getDb(), user, input.id);
  touched(input.id);
  return result;
});

export const restoreAgreementAction = guardedAction({ schema: agreementIdSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await restoreAgreement(await getDb(), user, input.id);
  touched(input.id);
  return result;
});

export const addProgressAction = guardedAction({ schema: progressSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await addProgressUpdate(await getDb(), user, input);
  touched(input.agreementId);
  return result;
});

export const correctProgressAction = guardedAction({ schema: progressCorrectionSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await correctProgressUpdate(await getDb(), user, input);
  touched(result.agreementId);
  return result;
});

export const withdrawProgressAction = guardedAction({ schema: progressWithdrawalSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await withdrawProgressUpdate(await getDb(), user, input);
  touched(result.agreementId);
  return result;
});
