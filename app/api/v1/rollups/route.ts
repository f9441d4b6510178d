import { getDb } from "@/db/client";
import { getTotals, rollupByCategory } from "@/db/queries/rollups";
import { withApiUser } from "@/lib/auth/api";
import { pickLabel } from "@/lib/i18n/labels";
import { resolveLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

export const GET = withApiUser(async () => {
  const db = await getDb();
  const [totals, byCategory] = await Promise.all([getTotals(db), rollupByCategory(db)]);
  const locale = await resolveLocale();
  return Response.json({
    count: totals.count,
    signedValue: totals.signedValue,
    byCategory: byCategory.map((c) => ({ key: c.key, label: c.label ? pickLabel(c.label, locale) : c.key, count: c.count, signedValue: c.signedValue })),
  });
});
