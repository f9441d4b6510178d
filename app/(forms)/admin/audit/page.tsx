import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEntryList } from "@/components/admin/audit-entry-list";
import { AuditFilterForm } from "@/components/admin/audit-filters";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listAuditActors, listAuditEntries } from "@/db/queries/audit";
import { requireRole } from "@/lib/auth/guard";
import { auditFiltersToParams, parseAuditParams } from "@/lib/validation/audit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  await requireRole("admin");
  const { params, ignored } = parseAuditParams(await searchParams);
  const { before, after, ...filters } = params;
  const db = await getDb();
  const [page, actors] = await Promise.all([listAuditEntries(db, filters, { before, after }), listAuditActors(db)]);
  const t = await getTranslations("auditLog");
  const link = (key: "before" | "after", id: number) => {
    const p = auditFiltersToParams(filters);
    p.set(key, String(id));
    return `/admin/audit?${p}`;
  };
  const first = page.entries[0];
  const last = page.entries.at(-1);
  const pageLink = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600";
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <IgnoredParams params={ignored} />
      <AuditFilterForm filters={filters} actors={actors} />
      {page.entries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="audit-empty">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <AuditEntryList entries={page.entries} />
      )}
      {(page.hasNewer || page.hasOlder) && (
        <nav aria-label={t("paging")} className="mt-4 flex items-center justify-between gap-3">
          {page.hasNewer && first ? <Link href={link("after", first.id)} rel="prev" className={pageLink}>{t("newer")}</Link> : <span />}
          {page.hasOlder && last ? <Link href={link("before", last.id)} rel="next" className={pageLink} data-testid="audit-older">{t("older")}</Link> : <span />}
        </nav>
      )}
    </>
  );
}
