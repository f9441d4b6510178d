"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setActiveAction } from "@/app/(forms)/admin/users/actions";
import { useUserErrorText } from "@/components/account/error-text";
import { callAction } from "@/components/forms/use-zod-form";
import { ROLES, type Role } from "@/lib/domain/enums";
import { OneTimePassword, type IssuedPassword } from "./one-time-password";

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: string | null;
  mustChangePassword: boolean;
  passwordExpiresAt: string | null;
  openSessions: number;
}

const small = "rounded-md border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60";

/** The accounts with role, state, last sign-in and open sessions, each with its actions. */
export function UserTable({ rows, selfId }: { rows: UserRow[]; selfId: number }) {
  const t = useTranslations("users.admin");
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const th = "px-3 py-2 font-medium";
  return (
    <div className="space-y-4">
      {issued && <OneTimePassword key={issued.password} issued={issued} onDone={() => setIssued(null)} />}
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[56rem] text-sm" data-testid="user-table">
          <thead className="bg-slate-50 text-left text-slate-500">
            <tr>
              <th scope="col" className={th}>{t("column.user")}</th>
              <th scope="col" className={th}>{t("column.role")}</th>
              <th scope="col" className={th}>{t("column.state")}</th>
              <th scope="col" className={th}>{t("column.lastSignIn")}</th>
              <th scope="col" className={th}>{t("column.sessions")}</th>
              <th scope="col" className={th}>{t("column.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => <Row key={row.id} row={row} self={row.id === selfId} onIssued={setIssued} />)}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Row({ row, self, onIssued }: { row: UserRow; self: boolean; onIssued: (p: IssuedPassword) => void }) {
  const t = useTranslations("users.admin");
  const tRoles = useTranslations("roles");
  const tMessage = useTranslations("actions.messages");
  const errorText = useUserErrorText();
  const format = useFormatter();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<"deactivate" | "reset" | "end" | null>(null);
  const stamp = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

  const run = <T,>(call: () => Promise<{ ok: true; data: T } | { ok: false; message?: string; fieldErrors?: Record<string, string[]> }>, then?: (data: T) => void) =>
    start(async () => {
      setError(null);
      const result = await callAction(call);
      setConfirming(null);
      if (!result.ok) {
        const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setError(field ? (errorText(field) ?? field) : tMessage.has(result.message ?? "failed") ? tMessage(result.message ?? "failed") : tMessage("failed"));
        return;
      }
      then?.(result.data);
      router.refresh();
    });

  const state = !row.active ? "inactive" : row.mustChangePassword ? "mustChange" : "active";
  const tone = { active: "bg-emerald-50 text-emerald-800", inactive: "bg-slate-100 text-slate-600", mustChange: "bg-amber-50 text-amber-800" }[state];
  const label = { deactivate: t("deactivate"), reset: t("resetPassword"), end: t("endSessions") };

  return (
    <tr className="border-t border-slate-100 align-top" data-testid="user-row" data-email={row.email}>
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <span className="block font-medium text-slate-900">{row.name}{self && <span className="ml-1 text-xs text-slate-500">{t("you")}</span>}</span>
        <span className="block text-slate-600">{row.email}</span>
      </th>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`role-${row.id}`}>{t("roleOf", { name: row.name })}</label>
        <select
          id={`role-${row.id}`}
          value={row.role}
          disabled={pending}
          onChange={(e) => run(() => changeRoleAction({ id: row.id, role: e.target.value as Role }))}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-brand-600"
          data-testid="row-role"
        >
          {ROLES.map((r) => <option key={r} value={r}>{tRoles(r)}</option>)}
        </select>
      </td>
      <td className="whitespace-nowrap px-3 py-2">
        <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tone}`} data-testid="row-state">{t(`state.${state}`)}</span>
        {row.mustChangePassword && row.passwordExpiresAt && (
          <span className="mt-0.5 block text-xs text-slate-500">{t("expires", { at: stamp(row.passwordExpiresAt) })}</span>
        )}
      </td>
      <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">
        {row.lastSignInAt ? <time dateTime={row.lastSignInAt}>{stamp(row.lastSignInAt)}</time> : t("never")}
      </td>
      <td className="tabular px-3 py-2 text-slate-600" data-testid="row-sessions">{row.openSessions}</td>
      <td className="px-3 py-2">
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={label[confirming]}>
            <span className="text-sm text-slate-700">{t(`confirm.${confirming}`, { name: row.name })}</span>
            <button
              type="button"
              autoFocus
              disabled={pending}
              aria-busy={pending}
              className={`${small} border-rose-300 bg-rose-700 text-white hover:bg-rose-800`}
              data-testid="confirm-row-action"
              onClick={() =>
                confirming === "deactivate"
                  ? run(() => setActiveAction({ id: row.id, active: false }))
                  : confirming === "reset"
                    ? run(() => resetPasswordAction({ id: row.id }), (d) => onIssued({ email: d.email, password: d.password, expiresAt: d.expiresAt }))
                    : run(() => endSessionsAction({ id: row.id }))
              }
            >
              {label[confirming]}
            </button>
            <button type="button" className={`${small} border-slate-300 hover:bg-slate-100`} onClick={() => setConfirming(null)}>
              {t("cancel")}
            </button>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            {row.active ? (
              <button type="button" className={`${small} border-rose-300 text-rose-700 hover:bg-rose-50`} onClick={() => setConfirming("deactivate")} aria-label={`${t("deactivate")} · ${row.name}`} data-testid="deactivate">
                {t("deactivate")}
              </button>
            ) : (
              <button type="button" disabled={pending} className={`${small} border-slate-300 hover:bg-slate-100`} onClick={() => run(() => setActiveAction({ id: row.id, active: true }))} aria-label={`${t("reactivate")} · ${row.name}`} data-testid="reactivate">
                {t("reactivate")}
              </button>
            )}
            <button type="button" className={`${small} border-slate-300 hover:bg-slate-100`} onClick={() => setConfirming("reset")} aria-label={`${t("resetPassword")} · ${row.name}`} data-testid="reset-password">
              {t("resetPassword")}
            </button>
            <button type="button" disabled={row.openSessions === 0} className={`${small} border-slate-300 hover:bg-slate-100`} onClick={() => setConfirming("end")} aria-label={`${t("endSessions")} · ${row.name}`} data-testid="end-sessions">
              {t("endSessions")}
            </button>
          </div>
        )}
        {error && <p role="alert" className="mt-1 text-xs text-rose-700" data-testid="row-error">{error}</p>}
      </td>
    </tr>
  );
}
