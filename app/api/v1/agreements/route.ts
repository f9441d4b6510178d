import { getDb } from "@/db/client";
import { listApiAgreements } from "@/db/queries/api-agreements";
import { parseApiQuery } from "../_lib/params";
import { withApiUser } from "@/lib/auth/api";
import { forViewer } from "@/lib/validation/agreement-filters";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/agreements?<agreement filters>&sort=&page=&pageSize=`: the
 * `/agreements` list, one page at a time, with `total` and `signedValue` over
 * every page. Like the page, drafts are included unless `status` says otherwise.
 */
export const GET = withApiUser(async (req, user) => {
  const db = await getDb();
  const query = await parseApiQuery(db, new URL(req.url).searchParams);
  if (!query.ok) return query.response;
  return Response.json(await listApiAgreements(db, forViewer(query.filters, user.id)));
});
