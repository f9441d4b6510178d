"use client";

import { useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormMessage } from "./field";
import { reloadDiscardingInput } from "./use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";

export type Conflict = { by: string; at: string; version: number };

/** Reads a conflict out of a failed action result, if that is what it was. */
export function conflictOf(result: { code: string; details?: Record<string, string> }): Conflict | null {
  return result.code === "conflict" && result.details
    ? { by: result.details.by, at: result.details.at, version: Number(result.details.version) }
    : null;
}

/**
 * The version an edit form saves against, and the conflict a stale save met.
 * `adoptLatest` takes the newer version as the base, so the next save knowingly
 * replaces the other person's changes with what is on screen.
 */
export function useVersionedEdit(opened: number | undefined) {
  const version = useRef(opened);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const adoptLatest = () => {
    if (conflict) version.current = conflict.version;
    setConflict(null);
  };
  return { version, conflict, setConflict, adoptLatest };
}

/**
 * "Changed by X at T since you opened it", above a form whose save was refused as
 * stale, with the two ways on: save what is on screen over it, or open the latest.
 */
export function ConflictMessage({ conflict, entity, onOverwrite }: {
  conflict: Conflict | null;
  entity: "agreement" | "event" | "organization" | "progress";
  onOverwrite: () => void;
}) {
  const t = useTranslations("actions.messages");
  const format = useFormatter();
  if (!conflict) return null;
  const at = format.dateTime(new Date(conflict.at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <FormMessage tone="error" testId="conflict-message">
      <p>{t("conflict", { entity, by: conflict.by, at })}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onOverwrite} className={secondaryButton} data-testid="conflict-overwrite">
          {t("conflictOverwrite")}
        </button>
        <button type="button" onClick={reloadDiscardingInput} className={secondaryButton} data-testid="conflict-reload">
          {t("conflictReload")}
        </button>
      </div>
    </FormMessage>
  );
}
