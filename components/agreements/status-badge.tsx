import { getTranslations } from "next-intl/server";
import type { AgreementStatus } from "@/lib/domain/enums";

const TONE: Record<AgreementStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  signed: "bg-sky-100 text-sky-800",
  in_execution: "bg-amber-100 text-amber-900",
  completed: "bg-emerald-100 text-emerald-800",
  terminated: "bg-rose-100 text-rose-800",
};

export async function StatusBadge({ status }: { status: AgreementStatus }) {
  const t = await getTranslations("status");
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${TONE[status]}`}>{t(status)}</span>;
}
