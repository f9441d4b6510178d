"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteCategoryAction, reactivateCategoryAction, retireCategoryAction } from "@/app/(forms)/admin/categories/actions";
import { callAction } from "@/components/forms/use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";
import { CategoryForm } from "./category-form";

export type CategoryItemData = { id: number; key: string; nameZh: string; nameZhHant: string; nameEn: string; active: boolean; uses: number };

const dangerButton =
  "inline-block rounded-md border border-rose-300 bg-white px-4 py-2 text-sm text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60";

/** One category with its names, use count and state; rename, retire or reactivate, and delete while unused. */
export function CategoryItem({ category: c }: { category: CategoryItemData }) {
  const t = useTranslations("categoryAdmin");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const [deleteFailure, setDeleteFailure] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  type Run = (input: { id: number }) => Promise<{ ok: true } | { ok: false; message?: string; details?: Record<string, string> }>;
  const run = (action: Run, fail: (text: string | null) => void, then?: () => void) =>
    start(async () => {
      fail(null);
      const result = await callAction(() => action({ id: c.id }));
      if (!result.ok) {
        const key = `messages.${result.message ?? "failed"}`;
        return fail(t.has(key) ? t(key as "messages.categoryInUse", { count: Number(result.details?.count ?? c.uses) }) : t("messages.failed"));
      }
      then?.();
      router.refresh();
    });

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="category-item" data-key={c.key}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className={`text-base font-semibold ${c.active ? "text-slate-900" : "text-slate-500"}`} lang="zh-CN" data-testid="category-name">{c.nameZh}</span>
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-medium ${c.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-600"}`}
              data-testid="category-state"
            >
              {c.active ? t("state.active") : t("state.retired")}
            </span>
          </p>
          <p className="mt-1 text-sm text-slate-600">
            <span lang="zh-TW">{c.nameZhHant}</span> · <span lang="en">{c.nameEn}</span>
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {t("uses", { count: c.uses })} · <span className="font-mono">{c.key}</span>
          </p>
        </div>
        {!editing && (
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => setEditing(true)} className={secondaryButton} aria-label={t("renameLabel", { name: c.nameZh })} data-testid="rename-category">
              {t("rename")}
            </button>
            {c.active ? (
              <button type="button" disabled={pending} onClick={() => run(retireCategoryAction, setFailure)} className={secondaryButton} aria-label={t("retireLabel", { name: c.nameZh })} data-testid="retire-category">
                {t("retire")}
              </button>
            ) : (
              <button type="button" disabled={pending} onClick={() => run(reactivateCategoryAction, setFailure)} className={secondaryButton} aria-label={t("reactivateLabel", { name: c.nameZh })} data-testid="reactivate-category">
                {t("reactivate")}
              </button>
            )}
            {c.uses === 0 && (
              <button type="button" onClick={() => dialog.current?.showModal()} className={dangerButton} aria-label={t("deleteLabel", { name: c.nameZh })} data-testid="delete-category">
                {t("delete")}
              </button>
            )}
          </div>
        )}
      </div>
      {failure && <p role="alert" className="mt-2 text-sm text-rose-700" data-testid="category-failure">{failure}</p>}
      {editing && (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <CategoryForm id={c.id} initial={{ nameZh: c.nameZh, nameZhHant: c.nameZhHant, nameEn: c.nameEn }} onDone={() => setEditing(false)} />
        </div>
      )}
      {c.uses === 0 && (
        <dialog ref={dialog} aria-labelledby={`delete-category-${c.id}`} onClose={() => setDeleteFailure(null)} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/40">
          <h2 id={`delete-category-${c.id}`} className="text-lg font-semibold">{t("confirmDeleteTitle", { name: c.nameZh })}</h2>
          <p className="mt-2 text-sm text-slate-600">{t("confirmDelete")}</p>
          {deleteFailure && <p role="alert" className="mt-2 text-sm text-rose-700">{deleteFailure}</p>}
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className={secondaryButton}>{t("cancel")}</button>
            <button type="button" disabled={pending} onClick={() => run(deleteCategoryAction, setDeleteFailure, () => dialog.current?.close())}
              className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60" data-testid="confirm-delete-category">
              {t("delete")}
            </button>
          </div>
        </dialog>
      )}
    </li>
  );
}
