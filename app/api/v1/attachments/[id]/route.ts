import { getDb } from "@/db/client";
import { getLiveAttachment } from "@/db/queries/attachments";
import { documentStore } from "@/db/storage/document-store";
import { apiError } from "@/lib/auth/api";
import { withSessionUser } from "@/lib/auth/session-route";
import { ROLES } from "@/lib/domain/enums";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { parseIdSegment } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/**
 * `GET /api/v1/attachments/:id`: the file, to every signed-in role (executives
 * included). Always a download in the type stored at upload, never rendered by
 * the browser in the app's origin: `attachment`, `nosniff`, a sandboxing CSP,
 * and not cached. A removed attachment is 404.
 */
export const GET = withSessionUser(ROLES, async (_req, _user, { params }: Ctx) => {
  const id = parseIdSegment((await params).id);
  const db = await getDb();
  const attachment = id ? await getLiveAttachment(db, id) : undefined;
  if (!attachment) return apiError(404, "notFound");
  const bytes = await documentStore().get(db, attachment.sha256);
  // The row says the file exists; an external store that lost it is the store's fault, not the caller's.
  if (!bytes) return apiError(502, "fileUnavailable");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": attachment.contentType,
      "content-length": String(bytes.byteLength),
      "content-disposition": attachmentDisposition(attachment.fileName, attachment.id),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "same-origin",
      "cache-control": "private, no-store",
    },
  });
});
