/**
 * Agreements signed at a ceremony carry its date; a signing date more than this
 * many days away usually means the wrong event or a mistyped date. It is a
 * warning the user can proceed past (follow-up signings do happen), never an error.
 */
export const EVENT_DATE_TOLERANCE_DAYS = 30;

/** Whole calendar days between two ISO dates, in either direction. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** How far the signing date is from the event's date, when that is more than the tolerance; else null (also for incomplete dates). */
export function signingFarFromEvent(signedOn: string | null | undefined, heldOn: string | null | undefined): number | null {
  if (!signedOn || !heldOn || !ISO.test(signedOn) || !ISO.test(heldOn)) return null;
  const days = daysApart(signedOn, heldOn);
  return Number.isFinite(days) && days > EVENT_DATE_TOLERANCE_DAYS ? days : null;
}
