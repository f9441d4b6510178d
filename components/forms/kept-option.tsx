/**
 * A filter <select> offers single values, but a shared link or a chart's
 * drill-down can carry several (`category=a,b`), a status subset, or a value the
 * options no longer list. This extra option keeps such a value selected, so
 * pressing Apply after changing another filter does not silently drop it.
 */
export function KeptOption({ values, options, label, locale }: {
  values: readonly string[] | undefined;
  options: readonly string[];
  label: (value: string) => string;
  locale: string;
}) {
  if (!values?.length) return null;
  const joined = values.join(",");
  if (options.includes(joined)) return null;
  const text = new Intl.ListFormat(locale, { type: "disjunction", style: "narrow" }).format(values.map(label));
  return <option value={joined}>{text}</option>;
}
