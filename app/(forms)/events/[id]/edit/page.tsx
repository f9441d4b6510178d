import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getEvent } from "@/db/queries/events";
import { requireRole } from "@/lib/auth/guard";
import { parseIdSegment } from "@/lib/validation/common";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("editTitle") };
}

export default async function EditEventPage({ params }: Props) {
  await requireRole("admin", "staff");
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const event = await getEvent(await getDb(), id);
  if (!event) notFound();
  const t = await getTranslations("events");
  return (
    <>
      <PageHeader title={t("editTitle")} description={event.nameZh} />
      <EventForm
        mode="edit"
        id={event.id}
        version={event.version}
        initial={{
          nameZh: event.nameZh,
          nameEn: event.nameEn ?? "",
          heldOn: event.heldOn,
          venue: event.venue ?? "",
          host: event.host ?? "",
          notes: event.notes ?? "",
        }}
      />
    </>
  );
}
