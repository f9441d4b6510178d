"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FormMessage } from "./field";

export type Conflict = { by: string; at: string };

/** Reads a conflict out of a failed action result, if that is what it was. */
export function conflictOf(result: { code: string; details?: Record<string, string> }): Conflict | null {
  return result.code === "conflict" && result.details ? { by: result.details.by, at: result.details.at } : null;
}

/** "Changed by X at T since you opened it": shown above a form whose save was refused as stale. */
export function ConflictMessage({ conflict, entity }: { conflict: Conflict | null; entity: "agreement" | "event" | "organization" }) {
  const t = useTranslations("actions.messages");
  const format = useFormatter();
  if (!conflict) return null;
  const at = format.dateTime(new Date(conflict.at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <FormMessage tone="error" testId="conflict-message">
      {t("conflict", { entity, by: conflict.by, at })}
    </FormMessage>
  );
}
