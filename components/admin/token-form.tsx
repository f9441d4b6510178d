"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { issueApiTokenAction } from "@/app/(forms)/admin/tokens/actions";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { issueApiTokenSchema } from "@/lib/validation/api-token";

type Issued = { name: string; token: string };

/** Issues a token and shows its secret this once; it lives only in this component's state. */
export function TokenForm() {
  const t = useTranslations("admin.tokens");
  const tMessage = useTranslations("actions.messages");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useZodForm(issueApiTokenSchema, { defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);

  const issue = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const result = await issueApiTokenAction(values);
      if (!result.ok) {
        const key = applyServerErrors(form, result);
        setMessage(tMessage.has(key) ? tMessage(key) : tMessage("failed"));
        return;
      }
      setIssued({ name: result.data.name, token: result.data.token });
      form.reset({ name: "" });
      router.refresh();
    } catch {
      setMessage(tMessage("failed"));
    }
  });

  return (
    <div className="space-y-4">
      {issued && <IssuedToken key={issued.token} issued={issued} onDone={() => setIssued(null)} />}
      <form noValidate onSubmit={issue} data-testid="token-form" className="space-y-4">
        {message && <FormMessage tone="error" testId="token-form-message">{message}</FormMessage>}
        <Field label={t("field.name")} required error={errorText(errors.name?.message)} hint={t("hint.name")}>
          {(p) => <input {...p} {...form.register("name")} maxLength={100} autoComplete="off" className={inputClass} data-testid="token-name" />}
        </Field>
        <button
          type="submit"
          disabled={isSubmitting}
          aria-busy={isSubmitting}
          data-testid="issue-token"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {isSubmitting ? t("issuing") : t("issue")}
        </button>
      </form>
    </div>
  );
}

function IssuedToken({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const t = useTranslations("admin.tokens.issued");
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  // Keyboard and screen-reader users land on the secret, selected and ready to copy.
  // (Rendered with key={issued.token}: a newly issued token starts a fresh panel.)
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [issued]);

  const copyToken = async () => {
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  };

  return (
    <section aria-labelledby="issued-token-title" className="rounded-lg border border-amber-200 bg-amber-50 p-4" data-testid="issued-token-panel">
      <h3 id="issued-token-title" className="text-sm font-semibold text-slate-900">{t("title", { name: issued.name })}</h3>
      <p id="issued-token-warning" className="mt-1 text-sm text-amber-900">{t("warning")}</p>
      <label htmlFor="issued-token" className="sr-only">{t("label")}</label>
      <div className="mt-3 flex flex-wrap gap-2">
        <input
          ref={input}
          id="issued-token"
          readOnly
          value={issued.token}
          aria-describedby="issued-token-warning"
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono`}
          data-testid="issued-token"
        />
        <button
          type="button"
          onClick={copyToken}
          data-testid="copy-token"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {copy === "copied" ? t("copied") : t("copy")}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t("done")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-xs text-slate-600">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
      </p>
    </section>
  );
}
