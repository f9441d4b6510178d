"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { dismissReminderAction, snoozeReminderAction } from "@/app/(app)/notifications/actions";
import { callAction } from "@/components/forms/use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";

const small = secondaryButton.replace("px-4 py-2", "px-3 py-1.5");

/** 知道了 (dismiss for good) and 推迟 (1 or 7 days) on one reminder. */
export function ReminderActions({ id, reference }: { id: number; reference: string }) {
  const t = useTranslations("reminders");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  const run = (call: () => Promise<{ ok: boolean }>) =>
    start(async () => {
      const result = await callAction(call);
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" disabled={pending} onClick={() => run(() => dismissReminderAction({ id }))} className={small}
        aria-label={t("page.dismissAria", { reference })} data-testid="reminder-dismiss">
        {t("page.dismiss")}
      </button>
      <button type="button" disabled={pending} onClick={() => run(() => snoozeReminderAction({ id, days: 1 }))} className={small} data-testid="reminder-snooze-1">
        {t("page.snooze1")}
      </button>
      <button type="button" disabled={pending} onClick={() => run(() => snoozeReminderAction({ id, days: 7 }))} className={small} data-testid="reminder-snooze-7">
        {t("page.snooze7")}
      </button>
      {failed && <span role="status" className="text-sm text-rose-700">{t("errors.failed")}</span>}
    </div>
  );
}
