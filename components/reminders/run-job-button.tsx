"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { runReminderJobAction } from "@/app/(forms)/admin/notifications/actions";
import { callAction } from "@/components/forms/use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";

/** Runs the reminder job now (the same job cron runs) and says what it did. */
export function RunJobButton() {
  const t = useTranslations("reminders.admin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [text, setText] = useState("");
  const run = () =>
    start(async () => {
      const result = await callAction(() => runReminderJobAction({}));
      setText(result.ok ? t("runDone", { ...result.data }) : t("testFailed", { error: "—" }));
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" disabled={pending} aria-busy={pending} onClick={run} className={secondaryButton} data-testid="run-job">{t("run")}</button>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="run-job-result">{text}</p>
    </div>
  );
}
