"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { reassignOwnerAction } from "@/app/(app)/agreements/[id]/actions";
import { inputClass } from "@/components/forms/field";
import { callAction } from "@/components/forms/use-zod-form";
import { useReminderErrorText } from "@/components/reminders/use-reminder-error";
import { secondaryButton } from "@/components/ui/buttons";

type Option = { id: number; name: string; email: string };

/** 负责人 on the agreement's page: staff and admins hand it to another staff member or admin. */
export function OwnerForm({ agreementId, ownerId, options }: { agreementId: number; ownerId: number | null; options: Option[] }) {
  const t = useTranslations("reminders.owner");
  const errorText = useReminderErrorText();
  const router = useRouter();
  const [value, setValue] = useState(ownerId ? String(ownerId) : "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    start(async () => {
      const result = await callAction(() => reassignOwnerAction({ agreementId, ownerId: Number(value) }));
      if (!result.ok) {
        const key = result.fieldErrors?.ownerId?.[0] ?? result.message ?? "failed";
        return setError(errorText(key) ?? key);
      }
      setError(null);
      setSaved(true);
      router.refresh();
    });
  };
  return (
    <form onSubmit={save} noValidate className="flex flex-wrap items-end gap-2" data-testid="owner-form">
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-slate-500">{t("reassign")}</span>
        <select value={value} onChange={(e) => setValue(e.target.value)} className={`${inputClass} min-w-48`} data-testid="owner-select"
          aria-invalid={Boolean(error)} aria-describedby={error ? "owner-error" : undefined}>
          <option value="">{t("choose")}</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.name}（{o.email}）</option>)}
        </select>
      </label>
      <button type="submit" disabled={pending || !value || value === String(ownerId ?? "")} className={secondaryButton} data-testid="owner-save">
        {t("save")}
      </button>
      <p aria-live="polite" className="w-full text-sm">
        {error && <span id="owner-error" className="text-rose-700">{error}</span>}
        {saved && !error && <span className="text-emerald-700">{t("saved")}</span>}
      </p>
    </form>
  );
}
