"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/auth/action";
import { ConflictMessage, conflictOf, useVersionedEdit, type Conflict } from "./conflict-message";
import { FormMessage } from "./field";
import { applyServerErrors, callAction } from "./use-zod-form";

interface SaveStatus {
  message: string | null;
  conflict: Conflict | null;
  overwrite: () => void;
}

/**
 * The submit of a create-or-edit form that opens the saved record: one submission
 * key per opened form (a replay creates nothing new), the version an edit saves
 * against (a newer one is a conflict the user can save over), field errors put
 * back next to their fields, and the button kept busy until the next page arrives.
 */
export function useSaveAndOpen<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  opts: {
    version: number | undefined;
    /** What the server's field-error paths start with (`agreement.`). */
    prefix: string;
    /** Calls the create or update action with the raw values; the server parses them with the same schema. */
    save: (values: TIn, submissionKey: string, version: number | undefined) => Promise<ActionResult<{ id: number }>>;
    href: (id: number) => string;
  },
): { onSubmit: () => Promise<void>; busy: boolean; status: SaveStatus } {
  const router = useRouter();
  const [submissionKey] = useState(() => crypto.randomUUID());
  const edit = useVersionedEdit(opts.version);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    edit.setConflict(null);
    const result = await callAction(() => opts.save(form.getValues(), submissionKey, edit.version.current));
    if (result.ok) {
      setDone(true);
      router.push(opts.href(result.data.id));
      router.refresh();
      return;
    }
    const conflict = conflictOf(result);
    edit.setConflict(conflict);
    if (!conflict) setMessage(applyServerErrors(form, result, opts.prefix));
  });
  const overwrite = () => {
    edit.adoptLatest();
    void onSubmit();
  };
  return { onSubmit: () => onSubmit(), busy: form.formState.isSubmitting || done, status: { message, conflict: edit.conflict, overwrite } };
}

/** Above the form: a stale-save conflict with its two ways on, or the form-level message. */
export function SaveMessages({ status, entity }: { status: SaveStatus; entity: "agreement" | "event" }) {
  const t = useTranslations("actions.messages");
  return (
    <div aria-live="assertive">
      <ConflictMessage conflict={status.conflict} entity={entity} onOverwrite={status.overwrite} />
      {status.message && <FormMessage tone="error" testId="form-error">{t(status.message as never)}</FormMessage>}
    </div>
  );
}
