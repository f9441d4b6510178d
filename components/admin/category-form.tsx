"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createCategoryAction, renameCategoryAction } from "@/app/(forms)/admin/categories/actions";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";
import { categorySchema, type CategoryFormInput } from "@/lib/validation/category";

const EMPTY: CategoryFormInput = { nameZh: "", nameZhHant: "", nameEn: "" };

/** Adds a category, or (with `id`) renames one; the same three names either way. */
export function CategoryForm({ id, initial, onDone }: { id?: number; initial?: CategoryFormInput; onDone?: () => void }) {
  const t = useTranslations("categoryAdmin");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useZodForm(categorySchema, { defaultValues: initial ?? EMPTY });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const submit = form.handleSubmit(async (category) => {
    setMessage(null);
    const result = await callAction(async () => {
      const r = id ? await renameCategoryAction({ id, category }) : await createCategoryAction({ category });
      return r.ok ? { ok: true as const } : r;
    });
    if (!result.ok) {
      const key = applyServerErrors(form, result, "category.");
      return setMessage({ tone: "error", text: t.has(`messages.${key}`) ? t(`messages.${key}` as never) : t("messages.failed") });
    }
    if (id) {
      form.reset(category);
      onDone?.();
    } else {
      form.reset(EMPTY);
      setMessage({ tone: "success", text: t("messages.added", { name: category.nameZh }) });
    }
    router.refresh();
  });

  const field = (name: keyof CategoryFormInput, maxLength: number, lang: string) => (
    <Field label={t(`field.${name}`)} required error={errorText(errors[name]?.message)}>
      {(p) => <input {...p} {...form.register(name)} lang={lang} maxLength={maxLength} autoComplete="off" className={inputClass} data-testid={`category-${name}`} />}
    </Field>
  );

  return (
    <form noValidate onSubmit={submit} className="space-y-3" data-testid={id ? "rename-category-form" : "add-category-form"}>
      {message && <FormMessage tone={message.tone} testId="category-form-message">{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-3">
        {field("nameZh", 40, "zh-CN")}
        {field("nameZhHant", 40, "zh-TW")}
        {field("nameEn", 80, "en")}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className={primaryButton} data-testid={id ? "save-category" : "add-category"}>
          {isSubmitting ? t("saving") : id ? t("save") : t("add")}
        </button>
        {onDone && (
          <button type="button" onClick={onDone} className={secondaryButton}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
