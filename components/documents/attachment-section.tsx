import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAttachments, type AttachmentListItem } from "@/db/queries/attachments";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { formatFileSize } from "@/lib/documents/file-size";
import { typeOfContentType, type DocumentType } from "@/lib/documents/file-types";
import { AttachmentUpload } from "./attachment-upload";
import { RemoveAttachmentButton } from "./remove-attachment-button";

const TYPE_BADGE: Record<DocumentType, string> = {
  pdf: "bg-rose-50 text-rose-800",
  docx: "bg-sky-50 text-sky-800",
  jpeg: "bg-amber-50 text-amber-800",
  png: "bg-amber-50 text-amber-800",
};

/**
 * An agreement's files: listed for everyone signed in (name, size, type,
 * uploader, time, download); staff and admins also upload and remove, unless
 * the agreement is deleted.
 */
export async function AttachmentSection({ agreementId, deleted, notice }: { agreementId: number; deleted: boolean; notice?: string }) {
  const user = await requireSession();
  const items = await listAttachments(await getDb(), agreementId);
  const t = await getTranslations("documents");
  const writable = canWrite(user) && !deleted;
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="attachments-h" data-testid="attachments">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="attachments-h" className="text-base font-semibold">{t("attachments")}</h2>
          {writable && <p className="mt-0.5 text-xs text-slate-500">{t("attachmentsHint")}</p>}
        </div>
        {writable && <AttachmentUpload agreementId={agreementId} />}
      </div>
      {notice && <p role="alert" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{notice}</p>}
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{writable ? t("noAttachments") : t("noAttachmentsReadOnly")}</p>
      ) : (
        <AttachmentList items={items} writable={writable} />
      )}
    </section>
  );
}

async function AttachmentList({ items, writable }: { items: AttachmentListItem[]; writable: boolean }) {
  const t = await getTranslations("documents");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="attachment-list">
      {items.map((a) => {
        const type = typeOfContentType(a.contentType) ?? "pdf";
        return (
          <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2.5" data-testid="attachment">
            <span className={`w-16 shrink-0 rounded px-1.5 py-0.5 text-center text-xs font-medium ${TYPE_BADGE[type]}`}>{t(`kind.${type}`)}</span>
            <a href={`/api/v1/attachments/${a.id}`} download={a.fileName} aria-label={t("download", { name: a.fileName })}
              className="min-w-0 flex-1 basis-48 break-all font-medium text-brand-700 underline decoration-brand-100 underline-offset-2 hover:decoration-brand-700">
              {a.fileName}
            </a>
            <span className="tabular text-slate-600"><span className="sr-only">{t("size")}: </span>{formatFileSize(a.sizeBytes, locale)}</span>
            <span className="text-slate-600"><span className="sr-only">{t("uploadedBy")}: </span>{a.uploadedByName ?? "—"}</span>
            <span className="tabular text-slate-500">
              <span className="sr-only">{t("uploadedAt")}: </span>
              <time dateTime={new Date(a.uploadedAt).toISOString()}>
                {format.dateTime(new Date(a.uploadedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}
              </time>
            </span>
            {writable && <RemoveAttachmentButton id={a.id} name={a.fileName} />}
          </li>
        );
      })}
    </ul>
  );
}
