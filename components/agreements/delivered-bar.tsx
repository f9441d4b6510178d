import { getLocale, getTranslations } from "next-intl/server";
import type { ValueKind } from "@/lib/domain/enums";
import { sharePercent } from "@/lib/ratios";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { fenToDecimal, formatAmount, toFen } from "@/lib/money";

/**
 * Delivered (落地) against signed value, as figures and a bar; flagged when
 * delivered exceeds the signed value. Against an intended (意向) value the share
 * measures how far an intention has turned into delivery, and the page says so.
 */
export async function DeliveredBar({ delivered, signed, valueKind }: { delivered: string; signed: string | null; valueKind: ValueKind }) {
  const t = await getTranslations("detail");
  const ts = await getTranslations("stewardship.overDelivery");
  const money = asMoneyLocale(await getLocale());
  const share = signed && toFen(signed) > 0n ? sharePercent(delivered, signed) : null;
  const width = share ? Math.min(100, Number.parseFloat(share)) : 0;
  const excess = signed !== null ? toFen(delivered) - toFen(signed) : 0n;
  return (
    <div data-testid="delivered-summary">
      <p className="tabular flex flex-wrap items-center gap-x-2 text-sm">
        <span>{t("deliveredOfSigned", { delivered: formatAmount(delivered, money), signed: signed ? formatAmount(signed, money) : "—" })}</span>
        {share && <span className="text-slate-500">({share})</span>}
        {excess > 0n && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900" data-testid="over-delivered-flag">
            {ts("flag", { excess: formatAmount(fenToDecimal(excess), money) })}
          </span>
        )}
      </p>
      {share && (
        <div className="mt-2 h-2 rounded-full bg-slate-100" aria-hidden="true">
          <div className={`h-2 rounded-full ${excess > 0n ? "bg-amber-500" : "bg-emerald-600"}`} style={{ width: `${width}%` }} />
        </div>
      )}
      {valueKind === "intended" && signed && <p className="mt-2 text-xs text-slate-500" data-testid="intended-note">{ts("intendedNote")}</p>}
    </div>
  );
}
