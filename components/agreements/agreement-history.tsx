import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { listAgreementHistory } from "@/db/queries/agreement-detail";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount } from "@/lib/money";
import { ATTACHMENT_ACTIONS, AttachmentChange } from "@/components/documents/attachment-history";
import { OWN_ACTIONS, StewardshipChange } from "./stewardship-history";

type Entry = Awaited<ReturnType<typeof listAgreementHistory>>[number];
type Party = { nameZh: string; isLead: boolean; position: number };

const FIELDS = [
  "reference", "titleZh", "titleEn", "summary", "categoryId", "eventId", "status", "signedOn",
  "termStart", "termEnd", "signedValue", "valueKind", "parties",
] as const;

/** The agreement's change history: who, when, and each changed field from → to. */
export async function AgreementHistory({ entries, names }: { entries: Entry[]; names: { categories: Map<number, string>; events: Map<number, string> } }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const moneyLocale = asMoneyLocale(await getLocale());
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "signedValue" || field === "deliveredValue") return formatAmount(String(value), moneyLocale);
    if (field === "status") return t(`status.${value}`);
    if (field === "valueKind") return t(`valueKind.${value}`);
    if (field === "categoryId") return names.categories.get(Number(value)) ?? `#${value}`;
    if (field === "eventId") return names.events.get(Number(value)) ?? `#${value}`;
    if (field === "parties") {
      return (value as Party[])
        .map((p) => `${t("agreementForm.position", { n: p.position })} ${p.nameZh}${p.isLead ? `（${t("agreementForm.lead")}）` : ""}`)
        .join("；");
    }
    return String(value);
  };
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("detail.noHistory")}</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {entries.map((e) => {
        const before = (e.before ?? {}) as Record<string, unknown>;
        const after = (e.after ?? {}) as Record<string, unknown>;
        const changed = e.action === "update" ? FIELDS.filter((f) => f in after) : [];
        return (
          <li key={e.id} className="border-l-2 border-brand-100 pl-3 text-sm">
            <p>
              <span className="font-medium">{e.actorName ?? t("detail.system")}</span>
              <span className="mx-1 text-slate-500">·</span>
              <time className="tabular text-slate-500" dateTime={new Date(e.at).toISOString()}>
                {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}
              </time>
              <span className="mx-1 text-slate-500">·</span>
              {e.action === "reassign"
                ? t("reminders.owner.history", { from: String(before.ownerName ?? t("reminders.owner.none")), to: String(after.ownerName ?? "—") })
                : OWN_ACTIONS.has(e.action)
                ? t(`stewardship.history.${e.action}` as never)
                : ATTACHMENT_ACTIONS.has(e.action)
                  ? t(`documents.history.${e.action}` as "documents.history.attach")
                  : t(`detail.action.${e.action}` as "detail.action.update")}
            </p>
            {e.action === "progress" && (
              <p className="text-slate-600">{show("note", after.note)} {after.deliveredValue ? `（${show("deliveredValue", after.deliveredValue)}）` : ""}</p>
            )}
            {OWN_ACTIONS.has(e.action) && <StewardshipChange action={e.action} before={before} after={after} show={show} />}
            {ATTACHMENT_ACTIONS.has(e.action) && <AttachmentChange action={e.action} before={before} after={after} />}
            {changed.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-slate-600">
                {changed.map((f) => (
                  <li key={f}>
                    <span className="text-slate-800">{t(`detail.field.${f}`)}</span>：{show(f, before[f])} → {show(f, after[f])}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
