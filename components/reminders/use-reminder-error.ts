"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-zod-form";

/** Message keys from the reminder schemas, in this feature's namespace first, then the shared one. */
export function useReminderErrorText() {
  const t = useTranslations("reminders.errors");
  const shared = useErrorText();
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : shared(key)) : undefined);
}
