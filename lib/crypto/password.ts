import crypto from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 12;
/** Marks hashes of the SHA-256 pre-hash; hashes without it are the earlier plain bcrypt ones. */
const PREFIX = "$sha256$";
/** bcrypt reads at most 72 bytes; an earlier hash is only ever compared with input it can read whole. */
const BCRYPT_MAX_BYTES = 72;

/** The whole password, NFC-normalised, as 44 base64 characters: bcrypt then sees all of it (and no NUL byte). */
function preHash(plain: string): string {
  return crypto.createHash("sha256").update(plain.normalize("NFC"), "utf8").digest("base64");
}

/** bcrypt (pure JS, no native build step) of the SHA-256 of the password; cost 12 is ~250 ms on this hardware. */
export async function hashPassword(plain: string): Promise<string> {
  return PREFIX + (await bcrypt.hash(preHash(plain), COST));
}

/**
 * Checks a password against a current hash, or an earlier plain-bcrypt one
 * (which saw only the first 72 bytes: a longer input is refused against it,
 * never matched on its head). `needsRehash` tells the caller to store a current
 * hash of the password that just proved right.
 */
export async function verifyPassword(plain: string, hash: string): Promise<{ ok: boolean; needsRehash: boolean }> {
  if (hash.startsWith(PREFIX)) return { ok: await bcrypt.compare(preHash(plain), hash.slice(PREFIX.length)), needsRehash: false };
  if (Buffer.byteLength(plain, "utf8") > BCRYPT_MAX_BYTES) {
    await bcrypt.compare("", hash); // the same time as any other check
    return { ok: false, needsRehash: false };
  }
  const ok = await bcrypt.compare(plain, hash);
  return { ok, needsRehash: ok };
}
