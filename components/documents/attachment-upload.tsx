"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { secondaryButton } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ACCEPT_ATTRIBUTE, MAX_DOCUMENT_BYTES } from "@/lib/documents/file-types";
import { postFile } from "./post-file";

type Status = { tone: "busy" | "ok" | "error"; text: string } | null;

/**
 * Uploads files to an agreement, chosen or dropped, one after another. A file
 * over 20 MB is refused before it is sent; the type is judged by the server
 * from the bytes. The list refreshes after each file.
 */
export function AttachmentUpload({ agreementId }: { agreementId: number }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [dragging, setDragging] = useState(false);
  // Until React has taken over, a chosen file would go nowhere: the input waits.
  const ready = useHydrated();
  const busy = status?.tone === "busy";

  const send = async (files: File[]) => {
    for (const file of files) {
      if (file.size > MAX_DOCUMENT_BYTES) {
        setStatus({ tone: "error", text: t("fileError", { name: file.name, error: t("errors.tooLarge") }) });
        continue;
      }
      setStatus({ tone: "busy", text: t("uploading", { name: file.name }) });
      const result = await postFile<{ created: boolean }>(`/api/v1/agreements/${agreementId}/attachments`, file);
      if (!result.ok) {
        const error = t.has(`errors.${result.error}`) ? t(`errors.${result.error}` as "errors.failed") : t("errors.failed");
        setStatus({ tone: "error", text: t("fileError", { name: file.name, error }) });
        continue;
      }
      setStatus({ tone: "ok", text: result.data.created ? t("uploaded", { name: file.name }) : t("alreadyAttached", { name: file.name }) });
      router.refresh();
    }
  };

  return (
    <div
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-dashed px-3 py-2 ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!busy) void send([...e.dataTransfer.files]);
      }}
    >
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="attachment-input"
        disabled={!ready}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          void send(files);
        }}
      />
      <button type="button" className={secondaryButton} disabled={busy || !ready} onClick={() => input.current?.click()} data-testid="upload-attachment">
        {t("upload")}
      </button>
      <span className="text-xs text-slate-500">{t("dropHere")}</span>
      <p aria-live="polite" data-testid="upload-status"
        className={`basis-full text-sm ${status?.tone === "error" ? "text-rose-700" : status?.tone === "ok" ? "text-emerald-700" : "text-slate-600"}`}>
        {status?.text}
      </p>
    </div>
  );
}
