import "server-only";
import type { DbOrTx } from "../client";
import { postgresDocumentStore } from "./postgres-store";
import { s3DocumentStore, s3ConfigFromEnv } from "./s3-store";

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

let configured: DocumentStore | undefined;

/** The store this deployment uses, chosen once from the environment. */
export function documentStore(): DocumentStore {
  if (!configured) {
    const kind = process.env.ACCORD_DOCUMENT_STORE ?? "postgres";
    if (kind === "postgres") configured = postgresDocumentStore;
    else if (kind === "s3") configured = s3DocumentStore(s3ConfigFromEnv(process.env));
    else throw new Error(`ACCORD_DOCUMENT_STORE must be "postgres" or "s3", not "${kind}".`);
  }
  return configured;
}
