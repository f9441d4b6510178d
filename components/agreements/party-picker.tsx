"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";
import { otherRecordName, recordName } from "@/lib/i18n/record-name";
import type { OrganizationOption as OrganizationSearchHit } from "@/db/queries/organizations";

/** What the picker shows of an organisation (the organisations API also sends the credit code). */
export type OrganizationOption = Omit<OrganizationSearchHit, "creditCode">;

/**
 * A combobox over organizations (Chinese, English and short names, credit code),
 * searched on the server as the user types. Arrow keys move, Enter picks, Escape closes.
 */
export function PartyPicker({
  value,
  onPick,
  invalid,
  describedBy,
  labelledBy,
  testId,
}: {
  value: OrganizationOption | null;
  onPick: (org: OrganizationOption) => void;
  invalid?: boolean;
  describedBy?: string;
  labelledBy?: string;
  testId?: string;
}) {
  const t = useTranslations("agreementForm");
  const tType = useTranslations("partyType");
  const locale = useLocale();
  const shown = value ? recordName(locale, value.nameZh, value.nameEn) : "";
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<OrganizationOption[]>([]);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    clearTimeout(timer.current);
    const controller = new AbortController();
    timer.current = setTimeout(async () => {
      setLoading(true);
      setFailed(false);
      try {
        const res = await fetch(`/api/v1/organizations?limit=12&q=${encodeURIComponent(query.trim())}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        setItems(((await res.json()) as { items: OrganizationOption[] }).items);
        setActive(0);
      } catch (err) {
        if ((err as Error).name !== "AbortError") setFailed(true);
      } finally {
        setLoading(false);
      }
    }, 200);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [query, open]);

  const pick = (org: OrganizationOption) => {
    onPick(org);
    setQuery("");
    setOpen(false);
  };

  return (
    <div className="relative">
      <input
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        aria-labelledby={labelledBy}
        aria-activedescendant={open && items[active] ? `${listId}-${items[active].id}` : undefined}
        data-testid={testId}
        className={inputClass}
        placeholder={value ? shown : t("searchParty")}
        value={open ? query : shown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, items.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open) {
            e.preventDefault();
            if (items[active]) pick(items[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {loading && items.length === 0 && <li className="px-3 py-2 text-slate-500">{t("searching")}</li>}
          {failed && <li className="px-3 py-2 text-rose-700">{t("searchFailed")}</li>}
          {!loading && !failed && items.length === 0 && <li className="px-3 py-2 text-slate-500">{t("noParty")}</li>}
          {items.map((org, i) => (
            <li
              key={org.id}
              id={`${listId}-${org.id}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(org);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium">{recordName(locale, org.nameZh, org.nameEn)}</span>
              {org.shortName && <span className="ml-1 text-slate-500">（{org.shortName}）</span>}
              <span className="ml-2 text-xs text-slate-500">{tType(org.type)}</span>
              {otherRecordName(locale, org.nameZh, org.nameEn) && <span className="block text-xs text-slate-500">{otherRecordName(locale, org.nameZh, org.nameEn)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
