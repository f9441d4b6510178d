import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PARTY_TYPES, type PartyType } from "@/lib/domain/enums";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export async function PartyFilters({ q, type }: { q?: string; type?: PartyType }) {
  const t = await getTranslations("parties.filter");
  const tType = await getTranslations("partyType");
  return (
    <form
      method="get"
      action="/parties"
      role="search"
      aria-label={t("label")}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor="party-q" className="mb-1 block text-sm font-medium text-slate-700">
          {t("search")}
        </label>
        <input id="party-q" name="q" type="search" defaultValue={q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} className={control} data-testid="party-search" />
      </div>
      <div className="basis-48">
        <label htmlFor="party-type" className="mb-1 block text-sm font-medium text-slate-700">
          {t("type")}
        </label>
        <select id="party-type" name="type" defaultValue={type ?? ""} className={control} data-testid="party-type-filter">
          <option value="">{t("allTypes")}</option>
          {PARTY_TYPES.map((value) => (
            <option key={value} value={value}>
              {tType(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t("submit")}
        </button>
        {(q || type) && (
          <Link href="/parties" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
