"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { PartyPicker, type OrganizationOption } from "@/components/agreements/party-picker";

/** Picks the other organisation of a merge; the preview follows in the URL (`?other=`), so it can be shared and reloaded. */
export function MergeChooser({ id, other }: { id: number; other: OrganizationOption | null }) {
  const t = useTranslations("stewardship.merge");
  const router = useRouter();
  const labelId = useId();
  return (
    <div className="max-w-xl">
      <label id={labelId} className="mb-1 block text-sm font-medium text-slate-700">{t("chooseOther")}</label>
      <PartyPicker value={other} labelledBy={labelId} testId="merge-other" onPick={(o) => router.push(o.id === id ? `/parties/${id}/merge` : `/parties/${id}/merge?other=${o.id}`)} />
    </div>
  );
}
