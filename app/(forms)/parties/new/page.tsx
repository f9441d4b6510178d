import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/parties/organization-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parties"))("newTitle") };
}

export default async function NewPartyPage() {
  await requireRole("admin", "staff");
  const t = await getTranslations("parties");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <div className="max-w-3xl rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <OrganizationForm />
      </div>
    </>
  );
}
