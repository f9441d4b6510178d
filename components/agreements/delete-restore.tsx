"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { deleteAgreementAction, restoreAgreementAction } from "@/app/(app)/agreements/actions";
import { callAction } from "@/components/forms/use-zod-form";
import { primaryButton } from "@/components/ui/buttons";

/** Soft delete behind a confirmation dialog, or restore for a deleted agreement. */
export function DeleteRestore({ id, deleted }: { id: number; deleted: boolean }) {
  const t = useTranslations("detail");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  const run = (action: typeof deleteAgreementAction) =>
    start(async () => {
      const result = await callAction(() => action({ id }));
      if (!result.ok) return setFailed(true);
      dialog.current?.close();
      router.refresh();
    });
  if (deleted) {
    return (
      <span className="inline-flex flex-col items-end gap-1">
        <button type="button" disabled={pending} onClick={() => run(restoreAgreementAction)} data-testid="restore-agreement"
          className={primaryButton}>
          {t("restore")}
        </button>
        {failed && <span role="alert" className="text-sm text-rose-700">{t("actionFailed")}</span>}
      </span>
    );
  }
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} data-testid="delete-agreement"
        className="rounded-md border border-rose-300 px-4 py-2 text-sm text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600">
        {t("delete")}
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-delete-title" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
        <h2 id="confirm-delete-title" className="text-lg font-semibold">{t("confirmDeleteTitle")}</h2>
        <p className="mt-2 text-sm text-slate-600">{t("confirmDelete")}</p>
        {failed && <p role="alert" className="mt-2 text-sm text-rose-700">{t("actionFailed")}</p>}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("cancel")}
          </button>
          <button type="button" disabled={pending} onClick={() => run(deleteAgreementAction)} data-testid="confirm-delete"
            className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60">
            {t("delete")}
          </button>
        </div>
      </dialog>
    </>
  );
}
