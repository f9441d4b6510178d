import { getTranslations } from "next-intl/server";
import type { PartyType } from "@/lib/domain/enums";

const FINANCE = "bg-sky-50 text-sky-800 ring-sky-200";
const TONE: Record<PartyType, string> = {
  bank: FINANCE,
  consumer_finance: FINANCE,
  insurer: FINANCE,
  securities_fund: FINANCE,
  microlender: FINANCE,
  other_financial: FINANCE,
  academic: "bg-violet-50 text-violet-800 ring-violet-200",
  ai_tech: "bg-brand-50 text-brand-800 ring-brand-100",
  big_data: "bg-brand-50 text-brand-800 ring-brand-100",
  government: "bg-amber-50 text-amber-900 ring-amber-200",
  other: "bg-slate-100 text-slate-700 ring-slate-200",
};

export async function PartyTypeBadge({ type }: { type: PartyType }) {
  const t = await getTranslations("partyType");
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[type]}`}>{t(type)}</span>;
}
