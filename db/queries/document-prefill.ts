import "server-only";
import { eq } from "drizzle-orm";
import { extractFields } from "@/lib/documents/extract-fields";
import type { DocumentType } from "@/lib/documents/file-types";
import { toPrefill, type Prefill } from "@/lib/documents/prefill";
import { extractText } from "@/lib/documents/text/extract-text";
import type { DbOrTx } from "../client";
import { categories } from "../schema";
import { matchOrganizations } from "./organization-matches";

export type PrefillResult = { ok: true; prefill: Prefill } | { ok: false; reason: "noTextLayer" | "unreadable" };

/**
 * Reads an agreement's fields from an uploaded document: its text, the rules,
 * parties matched to the registry, the category checked against the active
 * ones. Writes nothing.
 */
export async function readAgreementFields(db: DbOrTx, bytes: Uint8Array, type: DocumentType): Promise<PrefillResult> {
  const text = await extractText(bytes, type);
  if (!text.ok) return text;
  const found = extractFields(text.text);
  const [organizationIds, active] = await Promise.all([
    matchOrganizations(db, found.parties.map((p) => p.value)),
    db.select({ key: categories.key }).from(categories).where(eq(categories.active, true)),
  ]);
  return { ok: true, prefill: toPrefill(found, organizationIds, active.map((c) => c.key)) };
}
