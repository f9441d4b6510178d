"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-zod-form";

/** Field messages of the account and user forms (`users.errors`), else the shared ones. */
export function useUserErrorText() {
  const t = useTranslations("users.errors");
  const shared = useErrorText();
  return (key: string | undefined) => (key && t.has(key) ? t(key) : shared(key));
}
