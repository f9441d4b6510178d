export function KpiCard({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="tabular mt-1 text-3xl font-semibold text-slate-900" data-testid={testId}>
        {value}
      </p>
      {detail && <p className="tabular mt-1 text-xs text-slate-500">{detail}</p>}
    </div>
  );
}
