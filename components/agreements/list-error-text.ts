"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-zod-form";

/** The list's own messages (view names, columns) first, then the shared ones. */
export function useListErrorText() {
  const t = useTranslations("agreementList.errors");
  const shared = useErrorText();
  return (key: string | undefined) => (key && t.has(key) ? t(key) : shared(key) ?? t("failed"));
}
