import { parseIdSegment } from "@/lib/validation/common";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { AttachmentSection } from "@/components/documents/attachment-section";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getAgreement } from "@/db/queries/agreement-detail";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { requireRole } from "@/lib/auth/guard";
import { formatAmountInput } from "@/lib/amount-input";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreementForm"))("editTitle", { reference: "" }) };
}

export default async function EditAgreementPage({ params }: Props) {
  await requireRole("admin", "staff");
  const id = parseIdSegment((await params).id);
  const db = await getDb();
  const agreement = id ? await getAgreement(db, id) : undefined;
  if (!agreement || agreement.deletedAt) notFound();
  const [allCategories, events] = await Promise.all([listCategories(db, { withRetired: true }), listEventOptions(db)]);
  // A retired category leaves the form, except as the one this agreement already has.
  const categories = allCategories.filter((c) => c.active || c.id === agreement.categoryId);
  const t = await getTranslations("agreementForm");
  const locale = await getLocale();
  return (
    <>
      <PageHeader title={t("editTitle", { reference: agreement.reference })} />
      <AgreementForm
        mode="edit"
        // A draft is often typed from its document; a signed record is corrected field by field.
        prefill={agreement.status === "draft"}
        id={agreement.id}
        version={agreement.version}
        categories={categories}
        events={events}
        partyOptions={agreement.parties.map((p) => ({ id: p.organizationId, nameZh: p.nameZh, nameEn: p.nameEn, shortName: null, type: p.type }))}
        initial={{
          reference: agreement.reference,
          titleZh: agreement.titleZh,
          titleEn: agreement.titleEn ?? "",
          summary: agreement.summary ?? "",
          categoryId: agreement.categoryId,
          eventId: agreement.eventId ?? "",
          status: agreement.status,
          signedOn: agreement.signedOn ?? "",
          termStart: agreement.termStart ?? "",
          termEnd: agreement.termEnd ?? "",
          signedValue: agreement.signedValue ? formatAmountInput(agreement.signedValue, locale) : "",
          valueKind: agreement.valueKind,
          parties: agreement.parties.map((p) => ({
            organizationId: p.organizationId,
            isLead: p.isLead,
            signatoryName: p.signatoryName ?? "",
            signatoryTitle: p.signatoryTitle ?? "",
          })),
        }}
      />
      <div className="mt-8">
        <Suspense fallback={<div className="h-28 animate-pulse rounded-xl bg-slate-200" />}>
          <AttachmentSection agreementId={agreement.id} deleted={false} />
        </Suspense>
      </div>
    </>
  );
}
