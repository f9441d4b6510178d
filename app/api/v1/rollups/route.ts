import { getDb } from "@/db/client";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { scopeOf } from "@/lib/domain/rollups";
import { apiItemsIn } from "../_lib/labels";
import { parseApiQuery, rollupFiltersOf } from "../_lib/params";
import { withApiUser } from "@/lib/auth/api";
import { forViewer } from "@/lib/validation/agreement-filters";
import { resolveLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/rollups?<agreement filters>&locale=`: the dashboard's figures
 * under the `/agreements` filters, for any signed-in user or API token. Without
 * a `status` filter drafts are left out, and `filters.status` says so.
 */
export const GET = withApiUser(async (req, user) => {
  const db = await getDb();
  const query = await parseApiQuery(db, new URL(req.url).searchParams);
  if (!query.ok) return query.response;
  const filters = scopeOf(rollupFiltersOf(forViewer(query.filters, user.id)));
  const [totals, byCategory, byPartyType, byEvent, byMonth, byStatus, parties] = await Promise.all([
    getTotals(db, filters),
    rollupByCategory(db, filters),
    rollupByPartyType(db, filters),
    rollupByEvent(db, filters),
    rollupByMonth(db, filters),
    rollupByStatus(db, filters),
    topParties(db, filters),
  ]);
  const items = await apiItemsIn(query.locale ?? (await resolveLocale()));
  return Response.json({
    filters,
    count: totals.count,
    signedValue: totals.signedValue,
    bindingValue: totals.bindingValue,
    intendedValue: totals.intendedValue,
    deliveredValue: totals.deliveredValue,
    parties: totals.parties,
    events: totals.events,
    byCategory: items("category", byCategory),
    byPartyType: items("partyType", byPartyType),
    byEvent: items("event", byEvent),
    byMonth: items("month", byMonth),
    byStatus: items("status", byStatus),
    topParties: items("party", parties),
  });
});
