"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { secondaryButton } from "@/components/ui/buttons";
import { signingFarFromEvent } from "@/lib/domain/event-dates";
import type { AgreementFormInput, AgreementInput } from "@/lib/validation/agreement";

type Form = UseFormReturn<AgreementFormInput, unknown, AgreementInput>;

/**
 * A signing date more than 30 days from the chosen event's date: shown as soon as
 * it happens, and the first save holds until the user says the date is right
 * (a warning to proceed past, not an error: follow-up signings do happen).
 */
export function useEventDateWarning(form: Form, events: { id: number; heldOn: string }[]) {
  const [signedOn, eventId] = useWatch({ control: form.control, name: ["signedOn", "eventId"] });
  const heldOn = events.find((e) => String(e.id) === String(eventId ?? ""))?.heldOn;
  const days = signingFarFromEvent(signedOn, heldOn);
  const key = `${signedOn}|${heldOn}`;
  const [accepted, setAccepted] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  // Each held save moves focus to the warning again, so the user sees why nothing happened.
  const [attempt, setAttempt] = useState(0);
  /** Runs `save` unless this date/event pair still needs a look; then holds and points at the warning. */
  const guard = (save: () => void) => {
    if (days !== null && accepted !== key) {
      setHeld(true);
      setAttempt((n) => n + 1);
      return;
    }
    save();
  };
  const proceed = (save: () => void) => {
    setAccepted(key);
    setHeld(false);
    save();
  };
  return { days, signedOn, heldOn, held: held && days !== null && accepted !== key, attempt, guard, proceed };
}

export function EventDateWarning({ warning, onProceed }: { warning: ReturnType<typeof useEventDateWarning>; onProceed: () => void }) {
  const t = useTranslations("stewardship.eventDate");
  const box = useRef<HTMLDivElement>(null);
  const { held, attempt } = warning;
  useEffect(() => {
    if (held) box.current?.focus();
  }, [held, attempt]);
  if (warning.days === null) return null;
  return (
    <div ref={box} tabIndex={-1} role={warning.held ? "alert" : "status"} data-testid="event-date-warning"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 focus:outline-2 focus:outline-amber-600">
      {warning.held && <p className="font-medium">{t("held")}</p>}
      <p>{t("warning", { signedOn: warning.signedOn ?? "", heldOn: warning.heldOn ?? "", days: warning.days })}</p>
      {warning.held && (
        <button type="button" onClick={onProceed} className={`${secondaryButton} mt-2`} data-testid="event-date-proceed">{t("proceed")}</button>
      )}
    </div>
  );
}
