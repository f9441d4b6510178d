"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm, type FieldValues, type Path, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

type Failure = { ok: false; code: string; message?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, string> };

/**
 * react-hook-form wired to the same zod schema the server action parses. While
 * the form holds unsaved input, leaving the document (reload, closing the tab,
 * switching language) asks first, and so does following one of the app's own links.
 */
export function useZodForm<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  props?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver">,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ mode: "onTouched", ...props, resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>> });
  useUnsavedChangesGuard(form.formState.isDirty);
  return form;
}

let leavingOnPurpose = false;

/** Reloads the page without the unsaved-input prompt: the user has just chosen to drop their input. */
export function reloadDiscardingInput(): void {
  leavingOnPurpose = true;
  window.location.reload();
}

/**
 * A click that would take this tab to another page of the app through a link (Next's Link navigates
 * without unloading). Links marked `data-discards-input` are the answer to the form itself, such as
 * "open the organisation already registered" beside a duplicate: following them is the choice to drop the input.
 */
function leavesByLink(e: MouseEvent): boolean {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const link = (e.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || link.hasAttribute("data-discards-input") || (link.target && link.target !== "_self")) return false;
  const to = new URL(link.href, window.location.href);
  const here = window.location;
  return to.origin === here.origin && (to.pathname !== here.pathname || to.search !== here.search);
}

function useUnsavedChangesGuard(dirty: boolean) {
  const t = useTranslations("ui.unsaved");
  const question = t("leave");
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      if (!leavingOnPurpose) e.preventDefault();
    };
    // Captured on the document, before React's own listener lets Link start a client navigation.
    const askBeforeLink = (e: MouseEvent) => {
      if (leavesByLink(e) && !window.confirm(question)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", ask);
    document.addEventListener("click", askBeforeLink, true);
    return () => {
      window.removeEventListener("beforeunload", ask);
      document.removeEventListener("click", askBeforeLink, true);
    };
  }, [dirty, question]);
}

/** Translates a schema/server message key ("required", "amount.tooLarge") for display. */
export function useErrorText() {
  const t = useTranslations("actions.errors");
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : key) : undefined);
}

/** Puts server field errors next to their fields; returns the form-level message key, if any. */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, result: Failure, prefix = ""): string {
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const name = (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path) as Path<T>;
    form.setError(name === "_form" ? ("root" as Path<T>) : name, { type: "server", message: messages[0] });
  }
  return result.message ?? "failed";
}

export type ActionFailure = { ok: false; code: string; message?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, string> };

/**
 * Calls a server action; a throw (lost connection, a 403 after a role change,
 * a server error) becomes a failure the form shows instead of a silent no-op.
 */
export async function callAction<T extends { ok: boolean }>(run: () => Promise<T>): Promise<T | ActionFailure> {
  try {
    return await run();
  } catch {
    return { ok: false, code: "failed", message: "failed" };
  }
}
