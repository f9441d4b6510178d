import { z } from "zod";
import { amountInput, dbId, isoDate, openedVersion } from "./common";

/** Every correction and withdrawal says why: the reason stays in the history beside the change. */
const reason = z.string().trim().min(1, "reasonRequired").max(500, "tooLong");

/**
 * Correcting a progress entry (its date, note or delivered amount), made on the
 * version the user opened. A refund or an amount entered in error is a correction
 * of the entry it concerns (down to zero), never a negative entry.
 */
export const progressCorrectionSchema = z.object({
  id: dbId,
  version: openedVersion,
  occurredOn: isoDate,
  note: z.string().trim().min(1, "required").max(2000, "tooLong"),
  deliveredValue: amountInput,
  reason,
  confirmOverDelivery: z.boolean().default(false),
});
export type ProgressCorrectionFormInput = z.input<typeof progressCorrectionSchema>;
export type ProgressCorrection = z.output<typeof progressCorrectionSchema>;

/** Withdrawing a progress entry: it stays on record but counts nothing from then on. */
export const progressWithdrawalSchema = z.object({
  id: dbId,
  version: openedVersion,
  reason,
});
export type ProgressWithdrawal = z.output<typeof progressWithdrawalSchema>;
