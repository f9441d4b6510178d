"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createSavedViewAction, deleteSavedViewAction, renameSavedViewAction } from "@/app/(app)/agreements/view-actions";
import { inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useZodForm } from "@/components/forms/use-zod-form";
import { createSavedViewSchema, renameSavedViewSchema } from "@/lib/validation/saved-view";
import { useListErrorText } from "./list-error-text";

type View = { id: number; name: string; params: string };
const smallButton = "rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600";

/** The user's saved views beside the list: open, rename, delete, and save the list as it is now. */
export function SavedViews({ views, current }: { views: View[]; current: string }) {
  const t = useTranslations("agreementList.views");
  return (
    <section aria-labelledby="saved-views-title" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm" data-testid="saved-views">
      <h2 id="saved-views-title" className="text-sm font-semibold text-slate-800">{t("title")}</h2>
      {views.length === 0 ? (
        <p className="mt-2 text-xs text-slate-600" data-testid="saved-views-empty">{t("empty")}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {views.map((v) => <ViewRow key={v.id} view={v} current={v.params === current} />)}
        </ul>
      )}
      <SaveViewForm params={current} />
    </section>
  );
}

function ViewRow({ view, current }: { view: View; current: boolean }) {
  const t = useTranslations("agreementList.views");
  const router = useRouter();
  const [mode, setMode] = useState<"show" | "rename" | "delete">("show");
  const [failed, setFailed] = useState(false);
  const [pending, start] = useTransition();
  const href = view.params ? `/agreements?${view.params}` : "/agreements";
  const remove = () =>
    start(async () => {
      const result = await callAction(() => deleteSavedViewAction({ id: view.id }));
      if (!result.ok) return setFailed(true);
      router.refresh();
    });
  if (mode === "rename") return <li><RenameForm view={view} onDone={() => setMode("show")} /></li>;
  return (
    <li className="rounded-md px-1 py-1 text-sm" data-testid="saved-view">
      <Link href={href} aria-current={current ? "page" : undefined}
        className={`block truncate rounded px-1 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 ${current ? "bg-brand-50 font-medium text-brand-800" : "text-brand-800"}`}>
        {view.name}
      </Link>
      {mode === "delete" ? (
        <div className="mt-1 flex flex-wrap items-center gap-1 text-xs" role="group" aria-label={t("confirmDelete", { name: view.name })}>
          <span className="text-slate-700">{t("confirmDelete", { name: view.name })}</span>
          <button type="button" disabled={pending} onClick={remove} className="rounded bg-rose-700 px-2 py-0.5 text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600" data-testid="confirm-delete-view">{t("delete")}</button>
          <button type="button" onClick={() => setMode("show")} className={smallButton}>{t("cancel")}</button>
        </div>
      ) : (
        <div className="mt-0.5 flex gap-1">
          <button type="button" onClick={() => setMode("rename")} className={smallButton} aria-label={t("renameNamed", { name: view.name })} data-testid="rename-view">{t("rename")}</button>
          <button type="button" onClick={() => setMode("delete")} className={smallButton} aria-label={t("deleteNamed", { name: view.name })} data-testid="delete-view">{t("delete")}</button>
        </div>
      )}
      {failed && <p role="alert" className="mt-1 text-xs text-rose-700">{t("failed")}</p>}
    </li>
  );
}

function RenameForm({ view, onDone }: { view: View; onDone: () => void }) {
  const t = useTranslations("agreementList.views");
  const errorText = useListErrorText();
  const router = useRouter();
  const form = useZodForm(renameSavedViewSchema, { defaultValues: { id: view.id, name: view.name } });
  const error = form.formState.errors.name?.message ?? form.formState.errors.root?.message;
  const submit = form.handleSubmit(async (values) => {
    const result = await callAction(() => renameSavedViewAction(values));
    if (!result.ok) return void applyServerErrors(form, result);
    onDone();
    router.refresh();
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-1 py-1" data-testid="rename-view-form">
      <label htmlFor={`rename-${view.id}`} className="block text-xs font-medium text-slate-700">{t("name")}</label>
      <input id={`rename-${view.id}`} {...form.register("name")} autoFocus maxLength={40} className={`${inputClass} py-1`}
        aria-invalid={Boolean(error)} aria-describedby={error ? `rename-${view.id}-error` : undefined} />
      {error && <p id={`rename-${view.id}-error`} className="text-xs text-rose-700" data-testid="field-error">{errorText(error)}</p>}
      <div className="flex gap-1">
        <button type="submit" disabled={form.formState.isSubmitting} className="rounded bg-brand-700 px-2 py-0.5 text-xs text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600">{t("saveName")}</button>
        <button type="button" onClick={onDone} className={smallButton}>{t("cancel")}</button>
      </div>
    </form>
  );
}

function SaveViewForm({ params }: { params: string }) {
  const t = useTranslations("agreementList.views");
  const errorText = useListErrorText();
  const router = useRouter();
  const form = useZodForm(createSavedViewSchema, { defaultValues: { name: "", params } });
  const error = form.formState.errors.name?.message ?? form.formState.errors.params?.message ?? form.formState.errors.root?.message;
  const submit = form.handleSubmit(async (values) => {
    const result = await callAction(() => createSavedViewAction({ name: values.name, params }));
    if (!result.ok) return void applyServerErrors(form, result);
    form.reset({ name: "", params });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-1 border-t border-slate-100 pt-3" data-testid="save-view-form">
      <label htmlFor="save-view-name" className="block text-xs font-medium text-slate-700">{t("saveAs")}</label>
      <input id="save-view-name" {...form.register("name")} maxLength={40} placeholder={t("placeholder")} className={`${inputClass} py-1`}
        aria-invalid={Boolean(error)} aria-describedby={error ? "save-view-error" : undefined} data-testid="save-view-name" />
      <input type="hidden" {...form.register("params")} value={params} />
      {error && <p id="save-view-error" className="text-xs text-rose-700" data-testid="field-error">{errorText(error)}</p>}
      <button type="submit" disabled={form.formState.isSubmitting} className="rounded-md bg-brand-700 px-3 py-1 text-xs font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60" data-testid="save-view">
        {t("save")}
      </button>
    </form>
  );
}
