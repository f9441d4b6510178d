import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BatchForm } from "@/components/events/batch-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { suggestReference } from "@/db/queries/agreements";
import { getEvent } from "@/db/queries/events";
import { listCategories } from "@/db/queries/reference-data";
import { requireRole } from "@/lib/auth/guard";
import { parseIdSegment } from "@/lib/validation/common";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batch"))("title") };
}

export default async function BatchEntryPage({ params }: Props) {
  await requireRole("admin", "staff");
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const event = await getEvent(db, id);
  if (!event) notFound();
  const [categories, firstReference] = await Promise.all([listCategories(db), suggestReference(db, Number(event.heldOn.slice(0, 4)))]);
  const t = await getTranslations("batch");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("inherits", { name: event.nameZh, date: event.heldOn, venue: event.venue ?? "—" })}
        actions={<Link href={`/events/${event.id}`} className="text-sm text-brand-700 underline">{t("back")}</Link>}
      />
      <BatchForm event={{ id: event.id, heldOn: event.heldOn }} firstReference={firstReference} categories={categories} />
    </>
  );
}
