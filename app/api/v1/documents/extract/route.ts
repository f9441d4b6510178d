import { getDb } from "@/db/client";
import { readAgreementFields } from "@/db/queries/document-prefill";
import { apiError } from "@/lib/auth/api";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { withSessionUser } from "@/lib/auth/session-route";
import { MAX_DOCUMENT_BYTES, sniffDocumentType } from "@/lib/documents/file-types";
import { readUploadedFile } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/**
 * `POST /api/v1/documents/extract` (multipart, field `file`): the agreement
 * fields a PDF with text or a DOCX holds, as `{ fields, sources }`; what was
 * not found is left out. Staff and admins, signed in. Stores nothing.
 * 413 over 20 MB, 415 not a PDF/DOCX/JPEG/PNG by its bytes, 422 `noTextLayer`
 * (a scan: fill in by hand) or `unreadable` (damaged or password-protected).
 */
export const POST = withSessionUser(WRITER_ROLES, async (req) => {
  const upload = await readUploadedFile(req, MAX_DOCUMENT_BYTES);
  if (!upload.ok) return apiError(upload.status, upload.error);
  const type = sniffDocumentType(upload.bytes);
  if (!type) return apiError(415, "unsupportedType");
  const result = await readAgreementFields(await getDb(), upload.bytes, type);
  if (!result.ok) {
    return result.reason === "noTextLayer" ? apiError(422, "noTextLayer", "no text layer: fill in by hand") : apiError(422, "unreadable");
  }
  return Response.json(result.prefill, { headers: NO_STORE });
});
