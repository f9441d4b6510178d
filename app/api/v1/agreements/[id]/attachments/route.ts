import { getDb } from "@/db/client";
import { attachDocument } from "@/db/mutations/attachments";
import { getAgreement } from "@/db/queries/agreement-detail";
import { listAttachments } from "@/db/queries/attachments";
import { documentStore } from "@/db/storage/document-store";
import { apiError } from "@/lib/auth/api";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { withSessionUser } from "@/lib/auth/session-route";
import { DomainError } from "@/lib/domain-error";
import { ROLES } from "@/lib/domain/enums";
import { MAX_DOCUMENT_BYTES, sniffDocumentType, storedFileName } from "@/lib/documents/file-types";
import { readUploadedFile } from "@/lib/http/upload";
import { parseIdSegment } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };
const NO_STORE = { "cache-control": "no-store" };

const downloadUrl = (id: number) => `/api/v1/attachments/${id}`;

/** `GET /api/v1/agreements/:id/attachments`: the agreement's files (not removed ones), newest first. Any signed-in role. */
export const GET = withSessionUser(ROLES, async (_req, _user, { params }: Ctx) => {
  const id = parseIdSegment((await params).id);
  const db = await getDb();
  if (!id || !(await getAgreement(db, id))) return apiError(404, "notFound");
  const items = (await listAttachments(db, id)).map((a) => ({ ...a, url: downloadUrl(a.id) }));
  return Response.json({ items }, { headers: NO_STORE });
});

/**
 * `POST /api/v1/agreements/:id/attachments` (multipart, field `file`): attaches
 * a PDF, DOCX, JPEG or PNG of up to 20 MB, its type read from its bytes. 201
 * with the attachment; 200 with the existing one when this file is attached
 * already. Staff and admins; 404 for a missing or deleted agreement.
 */
export const POST = withSessionUser(WRITER_ROLES, async (req, user, { params }: Ctx) => {
  const id = parseIdSegment((await params).id);
  if (!id) return apiError(404, "notFound");
  const upload = await readUploadedFile(req, MAX_DOCUMENT_BYTES);
  if (!upload.ok) return apiError(upload.status, upload.error);
  const type = sniffDocumentType(upload.bytes);
  if (!type) return apiError(415, "unsupportedType");
  try {
    const { attachment, created } = await attachDocument(await getDb(), documentStore(), user, {
      agreementId: id,
      fileName: storedFileName(upload.name, type),
      type,
      bytes: upload.bytes,
    });
    const { id: attachmentId, fileName, contentType, sizeBytes, uploadedAt } = attachment;
    return Response.json(
      { attachment: { id: attachmentId, fileName, contentType, sizeBytes, uploadedAt, url: downloadUrl(attachmentId) }, created },
      { status: created ? 201 : 200, headers: NO_STORE },
    );
  } catch (err) {
    if (err instanceof DomainError && err.code === "notFound") return apiError(404, "notFound");
    throw err;
  }
});
