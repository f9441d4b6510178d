import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { listProgressUpdates } from "@/db/queries/agreement-detail";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { fenToDecimal, formatAmount, toFen } from "@/lib/money";
import { ProgressEntryActions } from "./progress-entry-actions";

type Entry = Awaited<ReturnType<typeof listProgressUpdates>>[number];

/**
 * The agreement's progress entries. A corrected entry says so (version, reason,
 * who and when); a withdrawn one stays, struck through, and counts nothing.
 * Writers can correct or withdraw any live entry in place.
 */
export async function ProgressList({ entries, delivered, signed, editable }: { entries: Entry[]; delivered: string; signed: string | null; editable: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const money = asMoneyLocale(await getLocale());
  const when = (d: Date) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  if (entries.length === 0) return <p className="my-3 text-sm text-slate-500">{t("detail.noProgress")}</p>;
  return (
    <ul className="my-3 divide-y divide-slate-100 text-sm" data-testid="progress-list">
      {entries.map((p) => {
        const withdrawn = Boolean(p.withdrawnAt);
        // What the agreement's other live entries deliver: the base a correction of this one is checked against.
        const others = fenToDecimal(toFen(delivered) - (withdrawn ? 0n : toFen(p.deliveredValue ?? "0")));
        return (
          <li key={p.id} className="py-2" data-testid={`progress-entry-${p.id}`} data-withdrawn={withdrawn || undefined}>
            <div className={`flex flex-wrap gap-x-4 ${withdrawn ? "text-slate-500" : ""}`}>
              <span className="tabular text-slate-500">{p.occurredOn}</span>
              <span className={`flex-1 ${withdrawn ? "line-through" : ""}`}>{p.note}</span>
              <span className={`tabular ${withdrawn ? "line-through" : ""}`} data-testid="progress-amount">{p.deliveredValue ? formatAmount(p.deliveredValue, money) : ""}</span>
              <span className="text-xs text-slate-500">{p.authorName}</span>
            </div>
            {withdrawn ? (
              <p className="mt-1 text-xs text-rose-700" data-testid="progress-withdrawn">
                {t("stewardship.progress.withdrawnNote", { by: p.editorName ?? "—", at: when(p.updatedAt), reason: p.changeReason ?? "" })}
              </p>
            ) : p.version > 1 ? (
              <p className="mt-1 text-xs text-amber-800" data-testid="progress-corrected">
                {t("stewardship.progress.correctedNote", { version: p.version, by: p.editorName ?? "—", at: when(p.updatedAt), reason: p.changeReason ?? "" })}
              </p>
            ) : null}
            {editable && !withdrawn && (
              <ProgressEntryActions
                entry={{ id: p.id, version: p.version, occurredOn: p.occurredOn, note: p.note, deliveredValue: p.deliveredValue }}
                others={others}
                signed={signed}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
