import { getFormatter, getTranslations } from "next-intl/server";
import type { DeliveryRow } from "@/db/queries/notification-channels";

const TONE = { pending: "bg-amber-50 text-amber-800", sending: "bg-sky-50 text-sky-800", sent: "bg-emerald-50 text-emerald-800", failed: "bg-rose-50 text-rose-800" } as const;

/** Recent deliveries and every attempt, so an admin sees what reached a group and why something did not. */
export async function DeliveryTable({ rows }: { rows: DeliveryRow[] }) {
  const t = await getTranslations("reminders");
  const format = await getFormatter();
  const stamp = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const th = "px-3 py-2 font-medium";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-sm" data-testid="delivery-table">
        <thead className="bg-slate-50 text-left text-slate-500">
          <tr>
            <th scope="col" className={th}>{t("admin.column.channel")}</th>
            <th scope="col" className={th}>{t("admin.column.what")}</th>
            <th scope="col" className={th}>{t("admin.column.state")}</th>
            <th scope="col" className={th}>{t("admin.column.attempts")}</th>
            <th scope="col" className={th}>{t("admin.column.detail")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className="border-t border-slate-100 align-top" data-testid="delivery-row">
              <td className="px-3 py-2">{d.channelName}</td>
              <td className="px-3 py-2">
                {d.rule ? <>{d.reference} · {t(`rule.${d.rule}`, { days: d.threshold ?? 0, date: "" }).replace(/（.*）|\(.*\)/, "")}</> : t("admin.testMessage")}
              </td>
              <td className="px-3 py-2">
                <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONE[d.state]}`}>{t(`admin.state.${d.state}`)}</span>
                {d.state === "pending" && d.attempts > 0 && <span className="tabular mt-0.5 block text-xs text-slate-500">{t("admin.nextAttempt", { at: stamp(d.nextAttemptAt) })}</span>}
              </td>
              <td className="tabular px-3 py-2">{d.attempts}</td>
              <td className="px-3 py-2">
                <ol className="space-y-0.5 text-xs text-slate-600">
                  {d.attemptLog.map((a, i) => (
                    <li key={i} className="break-all">
                      <span className="tabular">{t("admin.attempt", { at: stamp(a.at), result: a.ok ? t("admin.attemptOk") : t("admin.attemptFailed") })}</span>
                      {a.error && <span className="text-rose-700"> · {a.error}</span>}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
