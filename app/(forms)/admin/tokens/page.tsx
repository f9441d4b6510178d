import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RevokeTokenButton } from "@/components/admin/revoke-token-button";
import { TokenForm } from "@/components/admin/token-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listApiTokens, type ApiTokenListItem } from "@/db/queries/api-tokens";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

const card = "rounded-xl border border-slate-200 bg-white shadow-sm";

export default async function ApiTokensPage() {
  await requireRole("admin");
  const tokens = await listApiTokens(await getDb());
  const t = await getTranslations("admin.tokens");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="issue-token-title" className={`${card} mb-6 p-5`}>
        <h2 id="issue-token-title" className="text-base font-semibold text-slate-900">{t("issueTitle")}</h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">{t("usage")}</p>
        <TokenForm />
      </section>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title" className="mb-3 text-base font-semibold text-slate-900">{t("listTitle")}</h2>
        {tokens.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="token-empty">
            {t("empty")}
          </p>
        ) : (
          <TokenTable tokens={tokens} />
        )}
      </section>
    </>
  );
}

async function TokenTable({ tokens }: { tokens: ApiTokenListItem[] }) {
  const t = await getTranslations("admin.tokens");
  const format = await getFormatter();
  const stamp = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const when = (d: Date) => <time dateTime={d.toISOString()}>{stamp(d)}</time>;
  const th = "px-3 py-2 font-medium";
  return (
    <div className={`relative overflow-x-auto ${card}`}>
      <table className="w-full min-w-[48rem] text-sm" data-testid="token-table">
        <thead className="bg-slate-50 text-left text-slate-500">
          <tr>
            <th scope="col" className={th}>{t("column.name")}</th>
            <th scope="col" className={th}>{t("column.prefix")}</th>
            <th scope="col" className={th}>{t("column.creator")}</th>
            <th scope="col" className={th}>{t("column.created")}</th>
            <th scope="col" className={th}>{t("column.lastUsed")}</th>
            <th scope="col" className={th}>{t("column.status")}</th>
            <th scope="col" className={`${th} text-right`}>{t("column.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="token-row">
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{token.name}</th>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-slate-700">{token.prefix}…</td>
              <td className="whitespace-nowrap px-3 py-2">{token.creatorName}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">{when(token.createdAt)}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">{token.lastUsedAt ? when(token.lastUsedAt) : t("never")}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <TokenStatus token={token} />
                {token.revokedAt && <span className="tabular mt-0.5 block text-xs text-slate-500">{t("revokedAt", { at: stamp(token.revokedAt) })}</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right">
                {!token.revokedAt && <RevokeTokenButton id={token.id} name={token.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function TokenStatus({ token }: { token: ApiTokenListItem }) {
  const t = await getTranslations("admin.tokens.status");
  const [key, tone] = token.revokedAt
    ? (["revoked", "bg-slate-100 text-slate-600"] as const)
    : token.creatorActive
      ? (["active", "bg-emerald-50 text-emerald-800"] as const)
      : (["creatorInactive", "bg-amber-50 text-amber-800"] as const);
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tone}`} data-testid="token-status">{t(key)}</span>;
}
