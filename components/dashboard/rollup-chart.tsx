"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Long organisation names are cut to fit the 150 px axis (a CJK character is about
 * twice as wide as a Latin one); the figures table beside the chart has them whole.
 */
function shortLabel(label: string): string {
  const budget = 22;
  let used = 0;
  for (let i = 0; i < label.length; i++) {
    used += label.charCodeAt(i) > 0x2e80 ? 2 : 1;
    if (used > budget) return `${label.slice(0, i - 1)}…`;
  }
  return label;
}

export interface ChartDatum {
  label: string;
  href: string;
  /** Plotted values in the display unit (亿元 or CNY bn); exact figures live in the table beside the chart. */
  signed: number;
  delivered?: number;
  signedText: string;
  deliveredText?: string;
}

const BRAND = "#0f766e";
const DELIVERED = "#d97706";

/**
 * A bar (or line) chart of one rollup. Clicking a bar opens the agreements
 * behind it; the same links are in the figures table for keyboard users, so
 * the drawing itself is hidden from assistive technology.
 */
export function RollupChart({
  data,
  kind = "bar",
  unit,
  seriesNames,
  height = 260,
  testId,
}: {
  data: ChartDatum[];
  kind?: "bar" | "hbar" | "line";
  unit: string;
  seriesNames: { signed: string; delivered?: string };
  height?: number;
  testId?: string;
}) {
  const router = useRouter();
  const open = (index: number) => {
    const d = data[index];
    if (d) router.push(d.href);
  };
  const showDelivered = Boolean(seriesNames.delivered) && data.some((d) => d.delivered !== undefined);
  const tooltip = (
    <Tooltip
      formatter={(_value, name, item) => {
        const d = (item as { payload?: ChartDatum }).payload;
        return [name === seriesNames.delivered ? d?.deliveredText : d?.signedText, name];
      }}
    />
  );
  const common = { data, margin: { top: 8, right: 16, bottom: 8, left: 8 } };
  return (
    <div aria-hidden="true" data-testid={testId} className="rollup-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === "line" ? (
          <LineChart {...common} onClick={(state) => state?.activeTooltipIndex != null && open(Number(state.activeTooltipIndex))}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} unit={unit} width={72} />
            {tooltip}
            <Line type="monotone" dataKey="signed" name={seriesNames.signed} stroke={BRAND} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        ) : (
          <BarChart {...common} layout={kind === "hbar" ? "vertical" : "horizontal"}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {kind === "hbar" ? (
              <>
                <XAxis type="number" tick={{ fontSize: 12 }} unit={unit} />
                <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} tickFormatter={shortLabel} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
                <YAxis tick={{ fontSize: 12 }} unit={unit} width={72} />
              </>
            )}
            {tooltip}
            {showDelivered && <Legend wrapperStyle={{ fontSize: 12 }} />}
            <Bar dataKey="signed" name={seriesNames.signed} fill={BRAND} cursor="pointer" isAnimationActive={false} onClick={(_d, index) => open(index)} />
            {showDelivered && (
              <Bar dataKey="delivered" name={seriesNames.delivered} fill={DELIVERED} cursor="pointer" isAnimationActive={false} onClick={(_d, index) => open(index)} />
            )}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
