"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { secondaryButton } from "@/components/ui/buttons";
import { ProgressCorrectionForm, ProgressWithdrawalForm, type EntryForEdit } from "./progress-correction-forms";

/**
 * 更正 and 撤回 under one progress entry: each opens its form in place, under the
 * entry it concerns, so the user sees what they are changing while they type.
 */
export function ProgressEntryActions({ entry, others, signed }: { entry: EntryForEdit; others: string; signed: string | null }) {
  const t = useTranslations("stewardship.progress");
  const [open, setOpen] = useState<"correct" | "withdraw" | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="w-full">
      {open === null && (
        <div className="mt-1 flex gap-4">
          <button type="button" onClick={() => setOpen("correct")} className="py-1 text-sm text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
            data-testid={`correct-progress-${entry.id}`} aria-label={t("correctAria", { date: entry.occurredOn })}>
            {t("correct")}
          </button>
          <button type="button" onClick={() => setOpen("withdraw")} className="py-1 text-sm text-rose-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-rose-600"
            data-testid={`withdraw-progress-${entry.id}`} aria-label={t("withdrawAria", { date: entry.occurredOn })}>
            {t("withdraw")}
          </button>
        </div>
      )}
      {open === "correct" && <ProgressCorrectionForm entry={entry} others={others} signed={signed} onDone={close} />}
      {open === "withdraw" && <ProgressWithdrawalForm entry={entry} onDone={close} />}
      {open !== null && (
        <button type="button" onClick={close} className={`${secondaryButton} mt-2`} data-testid="cancel-progress-change">{t("cancel")}</button>
      )}
    </div>
  );
}
