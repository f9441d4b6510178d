"use client";

import { useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { postImport, type ImportAnswer } from "./import-types";
import { ImportPreview } from "./import-preview";

/** Files a person may pick; the server still decides by the bytes. */
const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MAX_BYTES = 10 * 1024 * 1024;

type Status = { tone: "busy" | "error" | "ok"; text: string } | null;

/**
 * Choose a file, see what each row would do, download the rows in error, then
 * commit. The commit sends the same file with the versions the preview saw, so
 * a row someone changed in between is refused rather than overwritten.
 */
export function ImportPanel() {
  const t = useTranslations("spreadsheets");
  const locale = useLocale();
  const ready = useHydrated();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.tone === "busy";

  const refusal = (r: { error: string; message?: string }) => r.message ?? t(`refused.${t.has(`refused.${r.error}`) ? r.error : "failed"}` as "refused.failed");

  const preview = async (chosen: File, sheetName?: string) => {
    if (chosen.size > MAX_BYTES) return setStatus({ tone: "error", text: t("refused.tooLarge") });
    setStatus({ tone: "busy", text: t("previewing") });
    const r = await postImport(`locale=${locale}`, chosen, { sheet: sheetName });
    if (!r.ok) return setStatus({ tone: "error", text: refusal(r) });
    setAnswer((await r.res.json()) as ImportAnswer);
    setStatus(null);
  };

  const commit = async () => {
    if (!file || !answer) return;
    setStatus({ tone: "busy", text: t("committing") });
    const versions = Object.fromEntries(answer.rows.filter((r) => r.version !== undefined).map((r) => [r.reference, r.version!]));
    const r = await postImport(`locale=${locale}&commit=1`, file, { sheet, versions });
    if (!r.ok) return setStatus({ tone: "error", text: refusal(r) });
    const done = (await r.res.json()) as ImportAnswer;
    setAnswer(done);
    setStatus({ tone: "ok", text: t("committed", done.counts) });
  };

  const downloadErrors = async () => {
    if (!file) return;
    const r = await postImport(`locale=${locale}&errors=csv`, file, { sheet });
    if (!r.ok) return setStatus({ tone: "error", text: refusal(r) });
    const url = URL.createObjectURL(await r.res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `${file.name.replace(/\.[^.]+$/, "")}-errors.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const writable = answer ? answer.counts.create + answer.counts.update : 0;
  return (
    <div>
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-slate-300 bg-white p-4">
        <label className="block text-sm font-medium text-slate-700">
          {t("chooseFile")}
          <input
            type="file"
            accept={ACCEPT}
            disabled={!ready || busy}
            data-testid="import-file"
            className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              setSheet(undefined);
              setAnswer(null);
              if (chosen) void preview(chosen);
            }}
          />
        </label>
        {answer?.file.sheets && answer.file.sheets.length > 1 && !answer.committed && (
          <label className="block text-sm font-medium text-slate-700">
            {t("sheet")}
            <select
              className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              value={sheet ?? answer.file.sheet}
              disabled={busy}
              onChange={(e) => {
                setSheet(e.target.value);
                if (file) void preview(file, e.target.value);
              }}
            >
              {answer.file.sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p aria-live="polite" data-testid="import-status" className={`mt-3 min-h-5 text-sm ${status?.tone === "error" ? "text-rose-700" : status?.tone === "ok" ? "text-emerald-800" : "text-slate-600"}`}>
        {status?.text}
      </p>
      {answer && (
        <>
          <div className="mt-2 flex flex-wrap gap-2">
            {!answer.committed && (
              <button type="button" className={primaryButton} disabled={busy || writable === 0} onClick={() => void commit()} data-testid="import-commit">
                {writable === 0 ? t("nothingToCommit") : t("commit", { count: writable })}
              </button>
            )}
            {answer.counts.error > 0 && (
              <button type="button" className={secondaryButton} disabled={busy} onClick={() => void downloadErrors()} data-testid="import-errors-download">
                {t("downloadErrors")}
              </button>
            )}
            {answer.committed && (
              <Link href="/agreements" className={secondaryButton}>
                {t("backToList")}
              </Link>
            )}
          </div>
          <ImportPreview answer={answer} key={answer.committed ? "done" : "preview"} />
        </>
      )}
    </div>
  );
}
