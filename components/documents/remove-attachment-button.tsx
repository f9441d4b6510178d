"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { removeAttachmentAction } from "@/app/(app)/agreements/[id]/actions";
import { callAction } from "@/components/forms/use-zod-form";

/** Removes an attachment after a confirmation: a soft delete the history keeps. */
export function RemoveAttachmentButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  const titleId = `remove-attachment-${id}`;
  const remove = () =>
    start(async () => {
      const result = await callAction(() => removeAttachmentAction({ id }));
      if (!result.ok) return setFailed(true);
      dialog.current?.close();
      router.refresh();
    });
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} aria-label={t("removeLabel", { name })} data-testid="remove-attachment"
        className="rounded border border-slate-300 px-2 py-1 text-xs text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600">
        {t("remove")}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold">{t("confirmRemoveTitle")}</h2>
        <p className="mt-2 break-all text-sm text-slate-600">{t("confirmRemove", { name })}</p>
        {failed && <p role="alert" className="mt-2 text-sm text-rose-700">{t("removeFailed")}</p>}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("cancel")}
          </button>
          <button type="button" disabled={pending} onClick={remove} data-testid="confirm-remove-attachment"
            className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60">
            {t("remove")}
          </button>
        </div>
      </dialog>
    </>
  );
}
