"use client";

import { useEffect, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";
import { secondaryButton } from "@/components/ui/buttons";

export type IssuedPassword = { email: string; password: string; expiresAt: string | null };

/** A one-time password shown this once, selected for copying, with when it stops working. */
export function OneTimePassword({ issued, onDone }: { issued: IssuedPassword; onDone: () => void }) {
  const t = useTranslations("users.admin.issued");
  const format = useFormatter();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [issued]);
  const expires = issued.expiresAt
    ? format.dateTime(new Date(issued.expiresAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })
    : "";
  return (
    <section aria-labelledby="otp-title" className="rounded-lg border border-amber-200 bg-amber-50 p-4" data-testid="one-time-password-panel">
      <h3 id="otp-title" className="text-sm font-semibold text-slate-900">{t("title", { email: issued.email })}</h3>
      <p id="otp-warning" className="mt-1 text-sm text-amber-900">{t("warning", { expires })}</p>
      <label htmlFor="one-time-password" className="sr-only">{t("label")}</label>
      <div className="mt-3 flex flex-wrap gap-2">
        <input
          ref={input}
          id="one-time-password"
          readOnly
          value={issued.password}
          aria-describedby="otp-warning"
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono`}
          data-testid="one-time-password"
        />
        <button type="button" onClick={onDone} className={secondaryButton}>
          {t("done")}
        </button>
      </div>
    </section>
  );
}
