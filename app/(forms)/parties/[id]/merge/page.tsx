import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MergeChooser } from "@/components/parties/merge-chooser";
import { MergeConfirm } from "@/components/parties/merge-confirm";
import { MergePreviewPanel } from "@/components/parties/merge-preview";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { countOrganizationReferences, getMergePreview } from "@/db/queries/organization-merge";
import { getOrganization } from "@/db/queries/organizations";
import { requireRole } from "@/lib/auth/guard";
import { parseIdSegment } from "@/lib/validation/common";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stewardship.merge"))("title") };
}

const one = (v: string | string[] | undefined) => parseIdSegment(Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/**
 * Admins merge a duplicate: `/parties/[id]/merge?other=…` previews merging the
 * two, keeping by default the one more agreements list (`keep=` swaps).
 */
export default async function MergePartyPage({ params, searchParams }: Props) {
  await requireRole("admin");
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const org = await getOrganization(db, id);
  if (!org) notFound();
  const sp = await searchParams;
  const otherId = one(sp.other);
  const other = otherId && otherId !== id ? await getOrganization(db, otherId) : null;
  let keep = one(sp.keep);
  if (other && keep !== id && keep !== other.id) {
    const [mine, theirs] = await Promise.all([countOrganizationReferences(db, id), countOrganizationReferences(db, other.id)]);
    keep = theirs > mine ? other.id : id;
  }
  const preview = other && keep ? await getMergePreview(db, keep, keep === id ? other.id : id) : null;
  const t = await getTranslations("stewardship.merge");
  return (
    <>
      <Link href={`/parties/${id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
        <span aria-hidden="true">← </span>{t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} description={org.nameZh} />
      </div>
      <p className="mb-5 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <div className="mb-6">
        <MergeChooser id={id} other={other ? { id: other.id, nameZh: other.nameZh, nameEn: other.nameEn, shortName: other.shortName, type: other.type } : null} />
      </div>
      {preview ? (
        <div className="space-y-5">
          <MergePreviewPanel preview={preview} swapHref={`/parties/${id}/merge?other=${other!.id}&keep=${preview.absorbed.org.id}`} />
          <MergeConfirm
            absorbedName={preview.absorbed.org.nameZh}
            input={{ survivorId: preview.survivor.org.id, survivorVersion: preview.survivor.org.version, absorbedId: preview.absorbed.org.id, absorbedVersion: preview.absorbed.org.version }}
          />
        </div>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500" data-testid="merge-empty">{t("noneChosen")}</p>
      )}
    </>
  );
}
