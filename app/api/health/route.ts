import { getDb } from "@/db/client";
import { pingDatabase } from "@/db/queries/meta";

export const dynamic = "force-dynamic";

const PING_TIMEOUT_MS = 3000;

/**
 * Public on purpose (load balancers, test harness): says only whether the database answers.
 * The ping runs in a transaction, the path a dying connection breaks, and gives up after
 * 3 s, so a pool that hangs reads 503 rather than ok (a failed ping also replaces the pool).
 */
export async function GET() {
  let timer: NodeJS.Timeout | undefined;
  try {
    const db = await getDb();
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("ping timed out")), PING_TIMEOUT_MS)));
    await Promise.race([db.transaction((tx) => pingDatabase(tx)), timeout]);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  } finally {
    clearTimeout(timer);
  }
}
