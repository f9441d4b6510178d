import "server-only";
import { forbidden } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/domain/enums";
import { DomainError } from "@/lib/domain-error";
import { controlCharacterErrors, fieldErrorsOf } from "@/lib/validation/common";
import { requireSession, requireSignedIn, type SessionUser } from "./guard";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: "invalid" | "conflict" | "notFound"; message?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, string> };

/**
 * Builds a server action with the one guard every action runs: a current,
 * active user (else /login), one of `roles` (else 403), the zod schema the form
 * used (else field errors), then the domain function. Every exported action is
 * a public endpoint, so none of this may be left to the UI.
 */
export function guardedAction<S extends z.ZodType, T>(
  opts: { schema: S; roles: Role[]; /** Also for a user whose one-time password is still to be changed (the change itself). */ beforePasswordChange?: boolean },
  fn: (input: z.output<S>, user: SessionUser) => Promise<T>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const user = opts.beforePasswordChange ? await requireSignedIn() : await requireSession();
    if (!opts.roles.includes(user.role)) forbidden();
    const bad = controlCharacterErrors(raw);
    if (Object.keys(bad).length) return { ok: false, code: "invalid", message: "invalid", fieldErrors: bad };
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "invalid", message: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await fn(parsed.data, user) };
    } catch (err) {
      if (err instanceof DomainError) {
        return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors, details: err.details };
      }
      throw err;
    }
  };
}
