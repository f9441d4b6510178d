import Link from "next/link";

export interface ChartDatum {
  label: string;
  href: string;
  /** Plotted values in the display unit (亿元 or CNY bn); exact figures live in the table beside the chart. */
  signed: number;
  delivered?: number;
  signedText: string;
  deliveredText?: string;
}

/**
 * A bar of `value` against the largest `max`: any value above zero keeps a few
 * pixels, so a category worth 0.2% is still seen (the table has the exact share).
 */
function barStyle(value: number, max: number, axis: "width" | "height"): React.CSSProperties {
  const share = max > 0 ? (value / max) * 100 : 0;
  const min = value > 0 ? "4px" : "0";
  return axis === "width" ? { width: `${share}%`, minWidth: min } : { height: `${share}%`, minHeight: min };
}

const SIGNED = "bg-brand-600";
const DELIVERED = "bg-amber-500";

/**
 * A rollup drawn on the server, bars only (a month series as columns, so
 * nothing is smoothed or invented between months). Each bar is a link to the
 * agreements behind it, for the mouse; the same links are in the figures table
 * for the keyboard and screen readers, so the drawing is hidden from assistive
 * technology and its links are out of the tab order.
 */
export function RollupChart({ data, kind = "bar", seriesNames, height = 260, testId }: {
  data: ChartDatum[];
  kind?: "bar" | "hbar" | "columns";
  seriesNames: { signed: string; delivered?: string };
  height?: number;
  testId?: string;
}) {
  const showDelivered = Boolean(seriesNames.delivered) && data.some((d) => d.delivered !== undefined);
  const max = Math.max(0, ...data.flatMap((d) => [d.signed, showDelivered ? (d.delivered ?? 0) : 0]));
  const title = (d: ChartDatum) =>
    `${d.label}: ${seriesNames.signed} ${d.signedText}${showDelivered && d.deliveredText ? `, ${seriesNames.delivered} ${d.deliveredText}` : ""}`;
  const legend = showDelivered && (
    <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
      <span className="flex items-center gap-1.5"><span className={`inline-block size-2.5 rounded-sm ${SIGNED}`} />{seriesNames.signed}</span>
      <span className="flex items-center gap-1.5"><span className={`inline-block size-2.5 rounded-sm ${DELIVERED}`} />{seriesNames.delivered}</span>
    </p>
  );
  if (kind === "hbar") {
    return (
      <div aria-hidden="true" data-testid={testId} className="rollup-chart">
        {legend}
        <div className="space-y-1">
          {data.map((d) => (
            <Link key={d.href} href={d.href} prefetch={false} tabIndex={-1} title={title(d)} data-testid="chart-bar"
              className="grid grid-cols-[minmax(0,8.5rem)_minmax(0,1fr)] items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-50 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)]">
              <span className="truncate text-xs text-slate-700">{d.label}</span>
              <span className="flex flex-col gap-0.5">
                <HBar value={d.signed} max={max} text={d.signedText} color={SIGNED} />
                {showDelivered && <HBar value={d.delivered ?? 0} max={max} text={d.deliveredText ?? ""} color={DELIVERED} />}
              </span>
            </Link>
          ))}
        </div>
      </div>
    );
  }
  // A label under every column while they fit, else under every n-th (each column keeps its title);
  // the signed value is written over its column when there are few (delivered is in the title and the table).
  const every = Math.max(1, Math.ceil(data.length / 8));
  const valued = kind === "bar" && data.length <= 8;
  return (
    <div aria-hidden="true" data-testid={testId} className="rollup-chart">
      {legend}
      <div className="flex items-end gap-1 border-b border-slate-300" style={{ height }}>
        {data.map((d) => (
          <Link key={d.href} href={d.href} prefetch={false} tabIndex={-1} title={title(d)} data-testid="chart-bar"
            className="flex h-full min-w-0 flex-1 items-end justify-center gap-0.5 rounded-t px-0.5 pt-5 hover:bg-slate-50">
            <Column value={d.signed} max={max} text={valued ? d.signedText : undefined} color={SIGNED} />
            {showDelivered && <Column value={d.delivered ?? 0} max={max} color={DELIVERED} />}
          </Link>
        ))}
      </div>
      <div className="mt-1 flex gap-1">
        {data.map((d, i) => (
          <span key={d.href} className="flex min-w-0 flex-1 justify-center whitespace-nowrap text-[11px] text-slate-600">{i % every === 0 ? d.label : ""}</span>
        ))}
      </div>
    </div>
  );
}

function HBar({ value, max, text, color }: { value: number; max: number; text: string; color: string }) {
  return (
    <span className="flex items-center gap-1.5">
      <span className="flex-[0_1_80%]"><span className={`block h-3 rounded-sm ${color}`} style={barStyle(value, max, "width")} /></span>
      <span className="tabular whitespace-nowrap text-[11px] text-slate-600">{text}</span>
    </span>
  );
}

function Column({ value, max, text, color }: { value: number; max: number; text?: string; color: string }) {
  return (
    <span className="relative flex h-full w-full max-w-12 flex-col justify-end">
      <span className={`relative block w-full rounded-t-sm ${color}`} style={barStyle(value, max, "height")}>
        {text && <span className="tabular absolute bottom-full hidden sm:block left-1/2 mb-0.5 -translate-x-1/2 whitespace-nowrap text-[11px] text-slate-600">{text}</span>}
      </span>
    </span>
  );
}
