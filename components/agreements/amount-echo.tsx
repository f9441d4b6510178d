"use client";

import { useLocale } from "next-intl";
import { useWatch, type Control, type FieldValues, type Path } from "react-hook-form";
import { parseAmountInput } from "@/lib/amount-input";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";

/** Echoes a typed amount back in words ("= 3.5亿元") before it is saved, so a slip of 万/亿 shows at once. */
export function AmountEcho<T extends FieldValues>({ control, name, fallback }: { control: Control<T>; name: Path<T>; fallback?: string }) {
  const raw = useWatch({ control, name }) as string | undefined;
  const locale = asMoneyLocale(useLocale());
  const parsed = raw && raw.trim() ? parseAmountInput(raw) : null;
  if (!parsed?.ok) return <>{fallback}</>;
  return (
    <span data-testid="amount-echo" className="tabular text-brand-800">
      = {formatAmount(parsed.decimal, locale)}
      <span className="ml-1 text-slate-500">({formatAmountExact(parsed.decimal, locale)})</span>
    </span>
  );
}
