import "server-only";
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "acc_";
/** `acc_` + 40 hex characters (160 random bits), as issued by {@link generateApiToken}. */
const TOKEN_PATTERN = /^acc_[0-9a-f]{40}$/;

/**
 * sha-256 hex of a token. A fast hash is enough here: the secret is 160 random
 * bits, so there is nothing to brute-force, unlike a password.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new secret with what may be stored of it: its hash and its first 8 characters. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(20).toString("hex");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, 8) };
}

/** The token of an `Authorization: Bearer acc_…` header, or null when absent or malformed (no database look-up for junk). */
export function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "");
  return match && TOKEN_PATTERN.test(match[1]) ? match[1] : null;
}
