import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { attachments, users } from "../schema";

/** An agreement's attachments as its page lists them: newest first, removed ones left out. */
export async function listAttachments(db: DbOrTx, agreementId: number) {
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      uploadedAt: attachments.uploadedAt,
      uploadedByName: users.name,
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.agreementId, agreementId), isNull(attachments.deletedAt)))
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id));
}
export type AttachmentListItem = Awaited<ReturnType<typeof listAttachments>>[number];

/** One attachment that has not been removed, with what a download needs; undefined otherwise. */
export async function getLiveAttachment(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ id: attachments.id, agreementId: attachments.agreementId, sha256: attachments.sha256, fileName: attachments.fileName, contentType: attachments.contentType, sizeBytes: attachments.sizeBytes })
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)));
  return row;
}
