import "server-only";
import { postgresDocumentStore } from "./postgres-store";
import { s3DocumentStore, s3ConfigFromEnv } from "./s3-store";
import type { DocumentStore } from "./store";

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
