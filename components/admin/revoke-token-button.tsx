"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/app/(forms)/admin/tokens/actions";

/** Revokes one token behind a confirmation dialog; the BI tool using it loses access at once. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("admin.tokens");
  const router = useRouter();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);

  const revoke = () =>
    start(async () => {
      setFailed(false);
      try {
        const result = await revokeApiTokenAction({ id });
        if (!result.ok) return setFailed(true);
      } catch {
        return setFailed(true);
      }
      dialog.current?.close();
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-label={t("revokeLabel", { name })}
        data-testid="revoke-token"
        className="rounded-md border border-rose-300 px-3 py-1 text-sm text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600"
      >
        {t("revoke")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setFailed(false)}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 text-left shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">{t("confirmRevokeTitle", { name })}</h2>
        <p className="mt-2 whitespace-normal text-sm text-slate-600">{t("confirmRevoke")}</p>
        {failed && <p role="alert" className="mt-2 text-sm text-rose-700">{t("revokeFailed")}</p>}
        <div className="mt-4 flex justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t("cancel")}
          </button>
          <button
            type="button"
            disabled={pending}
            aria-busy={pending}
            onClick={revoke}
            data-testid="confirm-revoke"
            className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60"
          >
            {pending ? t("revoking") : t("revoke")}
          </button>
        </div>
      </dialog>
    </>
  );
}
