import type { DbOrTx } from "../client";

/**
 * Where attachment bytes live, addressed by their SHA-256. The database is the
 * default: backups carry the files and the embedded database works unchanged.
 * On a server, ACCORD_DOCUMENT_STORE=s3 moves new files to an S3-compatible
 * store (README, "Attachments").
 */
export interface DocumentStore {
  readonly kind: "postgres" | "s3";
  /**
   * Keeps `bytes` under `sha256` unless they are there already. The database
   * store writes inside the caller's transaction; an external store writes
   * straight away (an unused object left by a rolled-back upload is harmless:
   * it is addressed by content and never listed).
   */
  put(tx: DbOrTx, sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `sha256`, or null when the store has none. */
  get(db: DbOrTx, sha256: string): Promise<Uint8Array | null>;
}
