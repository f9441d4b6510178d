"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";
import { parseAmountInput } from "@/lib/amount-input";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { fenToDecimal, formatAmount, toFen } from "@/lib/money";

/**
 * The delivered total this entry would leave, when it exceeds the signed value:
 * `others` is what the agreement's other live entries already deliver.
 */
export function projectedOverDelivery(raw: string | undefined, others: string, signed: string | null): bigint | null {
  if (signed === null || !raw?.trim()) return null;
  const parsed = parseAmountInput(raw);
  if (!parsed.ok) return null;
  const total = toFen(others) + toFen(parsed.decimal);
  return total > toFen(signed) ? total : null;
}

/**
 * Asks for an explicit tick before an entry takes delivered beyond the signed
 * value (the server refuses such an entry without it). Shown as soon as the
 * typed amount would do so, or when the server refused for that reason.
 */
export function OverDeliveryConfirm<T extends FieldValues>({ control, name, others, signed, register, refused }: {
  control: Control<T>;
  name: Path<T>;
  others: string;
  signed: string | null;
  register: UseFormRegisterReturn;
  refused: boolean;
}) {
  const t = useTranslations("stewardship.overDelivery");
  const money = asMoneyLocale(useLocale());
  const raw = useWatch({ control, name }) as string | undefined;
  const total = projectedOverDelivery(raw, others, signed);
  if (total === null && !refused) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="over-delivery-confirm">
      {total !== null && signed !== null && (
        <p>{t("warning", { total: formatAmount(fenToDecimal(total), money), signed: formatAmount(signed, money) })}</p>
      )}
      <label className="mt-2 flex items-start gap-2 font-medium">
        <input type="checkbox" {...register} className="mt-0.5 accent-amber-700" data-testid="confirm-over-delivery" />
        {t("confirm")}
      </label>
    </div>
  );
}
