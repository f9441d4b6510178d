import { getDb } from "@/db/client";
import { searchOrganizations } from "@/db/queries/organizations";
import { apiError, withApiUser } from "@/lib/auth/api";
import { paramsToRecord } from "@/lib/validation/agreement-filters";
import { fieldErrorsOf } from "@/lib/validation/common";
import { organizationSearchSchema } from "@/lib/validation/organization";

export const dynamic = "force-dynamic";

/** `GET /api/v1/organizations?q=&type=&limit=`: the party picker's search, for any signed-in user. */
export const GET = withApiUser(async (req) => {
  const parsed = organizationSearchSchema.safeParse(paramsToRecord(new URL(req.url).searchParams));
  if (!parsed.success) return apiError(400, "invalidParams", fieldErrorsOf(parsed.error));
  const items = await searchOrganizations(await getDb(), parsed.data);
  return Response.json({ items });
});
