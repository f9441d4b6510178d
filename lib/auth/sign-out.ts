import "server-only";
import { getDb } from "@/db/client";
import { endSession } from "@/db/mutations/sessions";

/** Auth.js's signOut event (the app's button and POST /api/auth/signout alike): the token's session ends at once, for every request that carries it. */
export async function endSignedOutSession(token: { sid?: unknown } | null | undefined): Promise<void> {
  if (typeof token?.sid === "string") await endSession(await getDb(), token.sid, "signedOut");
}
