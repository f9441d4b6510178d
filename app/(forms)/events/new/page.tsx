import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("newTitle") };
}

export default async function NewEventPage() {
  await requireRole("admin", "staff");
  const t = await getTranslations("events");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <EventForm mode="create" initial={{ nameZh: "", nameEn: "", heldOn: "", venue: "", host: "", notes: "" }} />
    </>
  );
}
