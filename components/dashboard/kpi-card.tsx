import Link from "next/link";

/** A headline figure; optionally with its change against the comparison period and a link to the agreements behind it. */
export function KpiCard({ label, value, detail, change, changeLabel, href, testId }: {
  label: string;
  value: string;
  detail?: React.ReactNode;
  change?: string | null;
  changeLabel?: string;
  href?: string;
  testId?: string;
}) {
  const tone = change?.startsWith("+") ? "text-emerald-700" : change?.startsWith("-") ? "text-rose-700" : "text-slate-500";
  const body = (
    <>
      <p className="text-sm text-slate-500">{label}</p>
      <p className="tabular mt-1 text-2xl font-semibold text-slate-900 lg:text-3xl" data-testid={testId}>
        {value}
      </p>
      {detail && <p className="tabular mt-1 text-xs text-slate-500">{detail}</p>}
      {change !== undefined && (
        <p className={`tabular mt-1 text-xs ${tone}`} data-testid={testId ? `${testId}-change` : undefined}>
          {changeLabel} {change ?? "—"}
        </p>
      )}
    </>
  );
  const card = "kpi block rounded-xl border border-slate-200 bg-white p-5 shadow-sm";
  return href ? (
    <Link href={href} className={`${card} hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={card}>{body}</div>
  );
}
