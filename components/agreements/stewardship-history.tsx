import { getTranslations } from "next-intl/server";

/** History entries written by progress corrections and organisation merges (the rest are rendered by AgreementHistory). */
export const OWN_ACTIONS = new Set(["progress_correct", "progress_withdraw", "merge"]);

const PROGRESS_FIELDS = ["occurredOn", "note", "deliveredValue"] as const;

/** What a correction changed (from → to), what a withdrawal took out, or which organisation a merge absorbed; each with its reason. */
export async function StewardshipChange({ action, before, after, show }: {
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  show: (field: string, value: unknown) => string;
}) {
  const t = await getTranslations("stewardship.history");
  if (action === "merge") {
    const absorbed = before.absorbed as { nameZh?: string } | undefined;
    const survivor = after.survivor as { nameZh?: string } | undefined;
    return <p className="text-slate-600">{t("mergeDetail", { absorbed: absorbed?.nameZh ?? "—", survivor: survivor?.nameZh ?? "—" })}</p>;
  }
  const changed = action === "progress_correct" ? PROGRESS_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null)) : [];
  return (
    <div className="mt-1 space-y-0.5 text-slate-600" data-testid="history-progress-change">
      {action === "progress_withdraw" && (
        <p>{show("note", before.note)} {before.deliveredValue ? `（${show("deliveredValue", before.deliveredValue)}）` : ""}</p>
      )}
      {changed.length > 0 && (
        <ul>
          {changed.map((f) => (
            <li key={f}>{t("change", { field: t(`field.${f}`), from: show(f, before[f]), to: show(f, after[f]) })}</li>
          ))}
        </ul>
      )}
      <p>{t("reason", { reason: String(after.reason ?? "") })}</p>
    </div>
  );
}
