import { parseIdSegment } from "@/lib/validation/common";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/parties/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getOrganization } from "@/db/queries/organizations";
import { requireRole } from "@/lib/auth/guard";
import { toOrganizationFormValues } from "@/lib/validation/organization";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parties"))("editTitle") };
}

export default async function EditPartyPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin", "staff");
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const org = await getOrganization(await getDb(), id);
  if (!org) notFound();
  const t = await getTranslations("parties");
  return (
    <>
      <PageHeader title={t("editTitle")} description={org.nameZh} />
      <div className="max-w-3xl rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <OrganizationForm id={org.id} version={org.version} initial={toOrganizationFormValues(org)} />
      </div>
    </>
  );
}
