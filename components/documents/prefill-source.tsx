"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldValues, type Path } from "react-hook-form";

/**
 * Under a field "从文件填写" filled: where the value came from (the snippet), and
 * "已修改" once staff change it. A category is marked as a suggestion.
 */
export function PrefillSource<T extends FieldValues>({
  control,
  name,
  applied,
  snippet,
  suggestion,
}: {
  control: Control<T>;
  name: Path<T>;
  applied: string;
  snippet: string;
  suggestion?: boolean;
}) {
  const t = useTranslations("documents.prefill");
  const current = useWatch({ control, name });
  const changed = String(current ?? "") !== applied;
  return <SourceLine tone={changed ? "changed" : suggestion ? "suggestion" : "document"} snippet={suggestion ? t("suggestedBy", { words: snippet }) : snippet} />;
}

const TONES = {
  document: "bg-sky-50 text-sky-800 ring-sky-200",
  suggestion: "bg-amber-50 text-amber-800 ring-amber-200",
  changed: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** The badge and the snippet, on one line that wraps. */
export function SourceLine({ tone, snippet }: { tone: keyof typeof TONES; snippet: string }) {
  const t = useTranslations("documents.prefill");
  const label = tone === "document" ? t("fromDocument") : tone === "suggestion" ? t("suggestion") : t("changed");
  return (
    <span className="mt-0.5 flex items-baseline gap-1.5" data-testid="prefill-source" data-tone={tone}>
      <span className={`shrink-0 rounded px-1 text-[11px] font-medium ring-1 ring-inset ${TONES[tone]}`}>{label}</span>
      <q className="min-w-0 break-all text-slate-600">{snippet}</q>
    </span>
  );
}
