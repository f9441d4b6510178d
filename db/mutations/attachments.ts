import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { CONTENT_TYPES, type DocumentType } from "@/lib/documents/file-types";
import type { Db, Tx } from "../client";
import { agreements, attachments } from "../schema";
import type { DocumentStore } from "../storage/store";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

export interface AttachInput {
  agreementId: number;
  /** Already made safe by storedFileName. */
  fileName: string;
  /** Decided from the bytes by sniffDocumentType. */
  type: DocumentType;
  bytes: Uint8Array;
}

/** What the agreement's history keeps of an attachment. */
const auditView = (a: { id: number; fileName: string; contentType: string; sizeBytes: number; sha256: string }) => ({
  attachmentId: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
});

/** Locks a live agreement for the change, or refuses: files are not added to or removed from a deleted one. */
async function lockLiveAgreement(tx: Tx, agreementId: number): Promise<void> {
  const [row] = await tx.select({ deletedAt: agreements.deletedAt }).from(agreements).where(eq(agreements.id, agreementId)).for("update");
  if (!row || row.deletedAt) throw new DomainError("notFound", "notFound");
}

/**
 * Attaches a file to an agreement: the bytes into the document store (once per
 * SHA-256), the attachment row and its audit entry in one transaction. The
 * same file attached again to the same agreement returns the attachment it
 * already has (`created: false`), so a retried upload adds nothing.
 */
export async function attachDocument(db: Db, store: DocumentStore, actor: Actor, input: AttachInput) {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return db.transaction(async (tx) => {
    await lockLiveAgreement(tx, input.agreementId);
    const live = and(eq(attachments.agreementId, input.agreementId), eq(attachments.sha256, sha256), isNull(attachments.deletedAt));
    const [existing] = await tx.select().from(attachments).where(live);
    if (existing) return { attachment: existing, created: false };
    await store.put(tx, sha256, input.bytes);
    const [row] = await tx
      .insert(attachments)
      .values({
        agreementId: input.agreementId,
        sha256,
        fileName: input.fileName,
        contentType: CONTENT_TYPES[input.type],
        sizeBytes: input.bytes.byteLength,
        uploadedBy: actor.id,
      })
      .returning();
    await appendAudit(tx, { actorId: actor.id, action: "attach", entity: "agreement", entityId: input.agreementId, after: auditView(row) });
    return { attachment: row, created: true };
  });
}

/**
 * Removes an attachment from its agreement's list. A soft delete: the row and
 * the bytes stay, and the agreement's history names who removed which file.
 */
export async function removeAttachment(db: Db, actor: Actor, attachmentId: number) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(attachments).where(and(eq(attachments.id, attachmentId), isNull(attachments.deletedAt)));
    if (!current) throw new DomainError("notFound", "notFound");
    await lockLiveAgreement(tx, current.agreementId);
    const [row] = await tx
      .update(attachments)
      .set({ deletedAt: sql`now()`, deletedBy: actor.id })
      .where(and(eq(attachments.id, attachmentId), isNull(attachments.deletedAt)))
      .returning();
    if (!row) throw new DomainError("notFound", "notFound");
    await appendAudit(tx, { actorId: actor.id, action: "detach", entity: "agreement", entityId: row.agreementId, before: auditView(row) });
    return { agreementId: row.agreementId };
  });
}
