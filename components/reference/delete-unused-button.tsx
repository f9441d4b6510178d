"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { deleteEventAction } from "@/app/(app)/events/actions";
import { deleteOrganizationAction } from "@/app/(app)/parties/actions";
import { callAction } from "@/components/forms/use-zod-form";

/**
 * Deletes an organisation or event that no agreement refers to, behind a
 * confirmation; the page shows it only then, and the server checks again.
 */
export function DeleteUnusedButton({ kind, id, version, after }: { kind: "organization" | "event"; id: number; version: number; after: string }) {
  const t = useTranslations("stewardship.delete");
  const tMessage = useTranslations("actions.messages");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const action = kind === "organization" ? deleteOrganizationAction : deleteEventAction;
      const result = await callAction(() => action({ id, version }));
      if (!result.ok) return setFailure(tMessage.has(result.message ?? "") ? tMessage(result.message as never) : tMessage("failed"));
      dialog.current?.close();
      router.push(after);
      router.refresh();
    });
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} data-testid={`delete-${kind}`}
        className="rounded-md border border-rose-300 bg-white px-4 py-2 text-sm text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600">
        {t("button")}
      </button>
      <dialog ref={dialog} aria-labelledby={`delete-${kind}-title`} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={`delete-${kind}-title`} className="text-lg font-semibold">{t(kind === "organization" ? "organizationTitle" : "eventTitle")}</h2>
        <p className="mt-2 text-sm text-slate-600">{t("confirm")}</p>
        {failure && <p role="alert" className="mt-2 text-sm text-rose-700" data-testid="delete-failure">{t("failed", { message: failure })}</p>}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("cancel")}
          </button>
          <button type="button" disabled={pending} onClick={run} data-testid={`confirm-delete-${kind}`}
            className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60">
            {t("button")}
          </button>
        </div>
      </dialog>
    </>
  );
}
