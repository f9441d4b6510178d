import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MergePreview, MergeSidePreview } from "@/db/queries/organization-merge";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount } from "@/lib/money";
import { PartyTypeBadge } from "./party-type-badge";

async function SideCard({ side, role, testId }: { side: MergeSidePreview; role: "survivor" | "absorbed"; testId: string }) {
  const t = await getTranslations("stewardship.merge");
  const tp = await getTranslations("parties");
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  const o = side.org;
  const rows: [string, React.ReactNode][] = [
    [tp(locale === "en" ? "field.nameZh" : "field.nameEn"), (locale === "en" ? o.nameZh : o.nameEn) ?? "—"],
    [tp("field.shortName"), o.shortName ?? "—"],
    [tp("field.type"), <PartyTypeBadge key="type" type={o.type} />],
    [tp("field.creditCode"), o.creditCode ? <span className="tabular font-mono">{o.creditCode}</span> : "—"],
    [tp("field.city"), o.city ?? "—"],
    [t("aliases"), side.aliases.length ? side.aliases.join("；") : "—"],
    [t("agreements"), t("agreementsCount", { count: side.references })],
    [t("signedValue"), formatAmount(side.totals.signedValue, money)],
  ];
  const tone = role === "survivor" ? "border-emerald-300 bg-emerald-50/40" : "border-rose-200 bg-rose-50/40";
  return (
    <section className={`rounded-xl border p-5 shadow-sm ${tone}`} data-testid={testId} aria-label={t(role)}>
      <p className={`text-xs font-semibold uppercase tracking-wide ${role === "survivor" ? "text-emerald-800" : "text-rose-800"}`}>{t(role)}</p>
      <h2 className="mt-1 text-lg font-semibold text-slate-900">
        <Link href={`/parties/${o.id}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{recordName(locale, o.nameZh, o.nameEn)}</Link>
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="break-words text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Both organisations side by side, and what the merge will do: shared agreements, new aliases, filled fields. */
export async function MergePreviewPanel({ preview, swapHref }: { preview: MergePreview; swapHref: string }) {
  const t = await getTranslations("stewardship.merge");
  const tp = await getTranslations("parties");
  const filled = Object.keys(preview.plan.fill).map((k) => tp(`field.${k}` as never));
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <SideCard side={preview.survivor} role="survivor" testId="merge-survivor" />
        <SideCard side={preview.absorbed} role="absorbed" testId="merge-absorbed" />
      </div>
      <Link href={swapHref} className="inline-block text-sm text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="merge-swap">
        ⇄ {t("swap")}
      </Link>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="merge-effects">
        {preview.shared > 0 && <li>{t("shared", { count: preview.shared })}</li>}
        <li>{preview.plan.aliases.length ? t("aliasesWillBe", { names: preview.plan.aliases.join("；") }) : t("noAliases")}</li>
        {filled.length > 0 && <li>{t("filled", { fields: filled.join("、") })}</li>}
      </ul>
    </div>
  );
}
