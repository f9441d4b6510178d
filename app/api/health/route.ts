import { getDb } from "@/db/client";
import { pingDatabase } from "@/db/queries/meta";

export const dynamic = "force-dynamic";

/** Public on purpose (load balancers, test harness): says only whether the database answers. */
export async function GET() {
  try {
    await pingDatabase(await getDb());
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
