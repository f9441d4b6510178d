"use client";

import { useTranslations } from "next-intl";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 p-6 text-rose-900">
      <h1 className="text-lg font-semibold">{t("genericTitle")}</h1>
      <p className="mt-1">{t("generic")}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md bg-rose-700 px-3 py-1.5 text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-700">
        {t("retry")}
      </button>
    </div>
  );
}
