import { getDb } from "@/db/client";
import { listApiReminders } from "@/db/queries/reminders";
import { apiError, withApiUser } from "@/lib/auth/api";
import { todayInShanghai } from "@/lib/dates";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/reminders`: `due` (every open reminder: not dismissed, not
 * snoozed past today) and `recent` (raised in the last 30 days, whatever their
 * state), each with its agreement and owner; `today` is the Shanghai date they
 * were judged on. Session or read token, like the other v1 routes.
 */
export const GET = withApiUser(async (req) => {
  const unknown = [...new URL(req.url).searchParams.keys()];
  if (unknown.length) return apiError(400, "invalidParams", Object.fromEntries(unknown.map((k) => [k, ["unknownParam"]])));
  const today = todayInShanghai();
  return Response.json({ today, ...(await listApiReminders(await getDb(), today)) });
});
