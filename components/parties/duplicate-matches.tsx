"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { SimilarOrganization } from "@/db/queries/organization-similar";
import { secondaryButton } from "@/components/ui/buttons";

const REASON_KEYS = { creditCode: "reasonCreditCode", sameName: "reasonSameName", name: "reasonName", alias: "reasonAlias" } as const;

/**
 * The organisations an about-to-be-created one may duplicate, shown before it is
 * saved: open one, take one (in the agreement form's dialog), or go on and create.
 */
export function DuplicateMatches({ matches, onUse, onCreateAnyway, onBack, busy }: {
  matches: SimilarOrganization[];
  onUse?: (match: SimilarOrganization) => void;
  onCreateAnyway: () => void;
  onBack: () => void;
  busy: boolean;
}) {
  const t = useTranslations("stewardship.duplicates");
  const tType = useTranslations("partyType");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="alert" aria-labelledby="duplicate-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="duplicate-matches">
      <h3 id="duplicate-title" ref={heading} tabIndex={-1} className="text-base font-semibold text-amber-900 focus:outline-none">{t("title")}</h3>
      <p className="mt-1 text-amber-900">{t("explain")}</p>
      <ul className="mt-3 divide-y divide-amber-200 rounded-md border border-amber-200 bg-white">
        {matches.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" data-testid="duplicate-match">
            <span className="font-medium text-slate-900">{m.nameZh}</span>
            {m.shortName && <span className="text-slate-500">{m.shortName}</span>}
            <span className="text-xs text-slate-500">{tType(m.type)}</span>
            {m.creditCode && <span className="tabular font-mono text-xs text-slate-500">{m.creditCode}</span>}
            <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t(REASON_KEYS[m.reason])}</span>
            <span className="text-xs text-slate-500">{t("agreements", { count: m.agreementCount })}</span>
            <span className="ml-auto flex gap-3">
              <Link href={`/parties/${m.id}`} target={onUse ? "_blank" : undefined} data-discards-input className="text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{t("open")}</Link>
              {onUse && (
                <button type="button" onClick={() => onUse(m)} className="font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="use-existing">
                  {t("use")}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        {!matches.some((m) => m.reason === "creditCode") && (
          <button type="button" onClick={onCreateAnyway} disabled={busy} className={secondaryButton} data-testid="create-anyway">{t("createAnyway")}</button>
        )}
        <button type="button" onClick={onBack} className={secondaryButton}>{t("back")}</button>
      </div>
    </section>
  );
}
