import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { suggestReference } from "@/db/queries/agreements";
import { listOwnerOptions } from "@/db/queries/owners";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { requireRole } from "@/lib/auth/guard";
import { todayInShanghai } from "@/lib/dates";
import { blankAgreement } from "@/lib/validation/agreement-blank";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreementForm"))("newTitle") };
}

type Props = { searchParams: Promise<{ event?: string }> };

export default async function NewAgreementPage({ searchParams }: Props) {
  const user = await requireRole("admin", "staff");
  const db = await getDb();
  const [categories, events, owners] = await Promise.all([listCategories(db), listEventOptions(db), listOwnerOptions(db)]);
  const eventParam = (await searchParams).event;
  const event = events.find((e) => String(e.id) === eventParam);
  // Opened from an event, the agreement was signed there; otherwise staff type the date
  // (a default of today would quietly misdate agreements signed earlier).
  const signedOn = event?.heldOn ?? "";
  const reference = await suggestReference(db, Number((signedOn || todayInShanghai()).slice(0, 4)));
  const t = await getTranslations("agreementForm");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <AgreementForm
        mode="create"
        prefill
        categories={categories}
        events={events}
        partyOptions={[]}
        owners={owners}
        ownerId={user.id}
        initial={blankAgreement({
          reference,
          eventId: event ? event.id : "",
          signedOn,
          valueKind: event ? "intended" : "binding",
        })}
      />
    </>
  );
}
