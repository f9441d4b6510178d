import { getTranslations } from "next-intl/server";
import type { Organization } from "@/db/schema";
import { PartyTypeBadge } from "./party-type-badge";

/** Only http(s) links are rendered as links; anything else stored earlier shows as text. */
const isHttp = (url: string) => /^https?:\/\//i.test(url);

export async function PartyDetails({ org, aliases = [] }: { org: Organization; aliases?: string[] }) {
  const t = await getTranslations("parties");
  const ts = await getTranslations("stewardship.merge");
  const none = <span className="text-slate-500">{t("none")}</span>;
  const rows: { label: string; value: React.ReactNode; wide?: boolean }[] = [
    { label: t("field.shortName"), value: org.shortName ?? none },
    { label: t("field.type"), value: <PartyTypeBadge type={org.type} /> },
    { label: t("field.creditCode"), value: org.creditCode ? <span className="tabular font-mono">{org.creditCode}</span> : none },
    { label: t("field.city"), value: org.city ?? none },
    {
      label: t("field.website"),
      value:
        org.website && isHttp(org.website) ? (
          <a
            href={org.website}
            target="_blank"
            rel="noopener noreferrer"
            className="break-all text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {org.website}
            <span className="sr-only">{t("newWindow")}</span>
          </a>
        ) : (
          org.website ?? none
        ),
    },
    { label: t("field.notes"), value: org.notes ? <span className="whitespace-pre-line">{org.notes}</span> : none, wide: true },
    ...(aliases.length ? [{ label: ts("aliases"), value: <span data-testid="party-aliases">{aliases.join("；")}</span>, wide: true }] : []),
  ];
  return (
    <section aria-labelledby="party-details" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="party-details" className="mb-3 text-lg font-semibold text-slate-900">
        {t("details")}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {rows.map((r) => (
          <div key={r.label} className={r.wide ? "sm:col-span-2" : undefined}>
            <dt className="text-slate-500">{r.label}</dt>
            <dd className="mt-0.5 text-slate-900">{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
