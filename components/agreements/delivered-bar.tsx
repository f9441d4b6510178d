import { getLocale, getTranslations } from "next-intl/server";
import { sharePercent } from "@/lib/ratios";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, toFen } from "@/lib/money";

/** Delivered (落地) against signed value, as figures and a bar. */
export async function DeliveredBar({ delivered, signed }: { delivered: string; signed: string | null }) {
  const t = await getTranslations("detail");
  const money = asMoneyLocale(await getLocale());
  const share = signed && toFen(signed) > 0n ? sharePercent(delivered, signed) : null;
  const width = share ? Math.min(100, Number.parseFloat(share)) : 0;
  return (
    <div data-testid="delivered-summary">
      <p className="tabular text-sm">
        {t("deliveredOfSigned", { delivered: formatAmount(delivered, money), signed: signed ? formatAmount(signed, money) : "—" })}
        {share && <span className="ml-2 text-slate-500">({share})</span>}
      </p>
      {share && (
        <div className="mt-2 h-2 rounded-full bg-slate-100" aria-hidden="true">
          <div className="h-2 rounded-full bg-emerald-600" style={{ width: `${width}%` }} />
        </div>
      )}
    </div>
  );
}
