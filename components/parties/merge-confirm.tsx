"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { mergeOrganizationsAction } from "@/app/(app)/parties/actions";
import { FormMessage } from "@/components/forms/field";
import { callAction, reloadDiscardingInput } from "@/components/forms/use-zod-form";
import { conflictOf } from "@/components/forms/conflict-message";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";
import type { MergeOrganizationsInput } from "@/lib/validation/organization-merge";

/** Confirms a merge at the versions the preview showed; a change since then is reported, and the preview can be reloaded. */
export function MergeConfirm({ input, absorbedName }: { input: MergeOrganizationsInput; absorbedName: string }) {
  const t = useTranslations("stewardship.merge");
  const tMessage = useTranslations("actions.messages");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<{ text: string; stale: boolean } | null>(null);
  const merge = () =>
    start(async () => {
      setFailure(null);
      const result = await callAction(() => mergeOrganizationsAction(input));
      if (result.ok) {
        router.push(`/parties/${input.survivorId}?merged=${encodeURIComponent(absorbedName)}`);
        router.refresh();
        return;
      }
      const conflict = conflictOf(result);
      const key = result.message && tMessage.has(result.message) ? result.message : "failed";
      setFailure({ text: conflict ? tMessage("conflict", { entity: "organization", by: conflict.by, at: conflict.at }) : tMessage(key as never), stale: Boolean(conflict) });
    });
  return (
    <div className="space-y-3">
      <div aria-live="assertive">
        {failure && (
          <FormMessage tone="error" testId="merge-error">
            <p>{failure.text}</p>
            {failure.stale && <button type="button" onClick={reloadDiscardingInput} className={`${secondaryButton} mt-2`}>{tMessage("conflictReload")}</button>}
          </FormMessage>
        )}
      </div>
      <button type="button" onClick={merge} disabled={pending} className={primaryButton} data-testid="confirm-merge">
        {pending ? t("merging") : t("confirm")}
      </button>
    </div>
  );
}
