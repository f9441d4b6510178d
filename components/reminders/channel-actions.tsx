"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteChannelAction, testChannelAction } from "@/app/(forms)/admin/notifications/actions";
import { callAction } from "@/components/forms/use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";

const small = secondaryButton.replace("px-4 py-2", "px-3 py-1.5");

/** 发送测试消息 (says at once whether it arrived) and delete behind a confirmation. */
export function ChannelActions({ id, name }: { id: number; name: string }) {
  const t = useTranslations("reminders.admin");
  const router = useRouter();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const test = () =>
    start(async () => {
      setOutcome(null);
      const result = await callAction(() => testChannelAction({ id }));
      if (!result.ok) setOutcome({ ok: false, text: t("testFailed", { error: "—" }) });
      else setOutcome(result.data.ok ? { ok: true, text: t("testSent") } : { ok: false, text: t("testFailed", { error: result.data.error }) });
      router.refresh();
    });
  const remove = () =>
    start(async () => {
      const result = await callAction(() => deleteChannelAction({ id }));
      if (result.ok) dialog.current?.close();
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        <button type="button" disabled={pending} onClick={test} aria-label={t("testAria", { name })} className={small} data-testid="channel-test">{t("test")}</button>
        <button type="button" onClick={() => dialog.current?.showModal()} aria-label={t("deleteAria", { name })}
          className="rounded-md border border-rose-300 px-3 py-1.5 text-sm text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600">
          {t("delete")}
        </button>
      </div>
      <p aria-live="polite" className="max-w-xs break-words text-right text-xs" data-testid="channel-test-result">
        {outcome && <span className={outcome.ok ? "text-emerald-700" : "text-rose-700"}>{outcome.text}</span>}
      </p>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-base font-semibold">{t("confirmDelete", { name })}</h2>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className={small}>{t("cancel")}</button>
          <button type="button" disabled={pending} onClick={remove} className="rounded-md bg-rose-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60">
            {t("delete")}
          </button>
        </div>
      </dialog>
    </div>
  );
}
