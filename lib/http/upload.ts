/**
 * Reads the one file a multipart/form-data upload carries in its `file` field,
 * never holding more than the limit allows: a body announced or found to be
 * larger is refused with 413 before it is parsed. Every refusal is a 4xx with
 * a code the UI and scripts can act on.
 */

export type Upload =
  | { ok: true; name: string; bytes: Uint8Array; /** Another text field of the same form, or null. */ field: (name: string) => string | null }
  | { ok: false; status: 400 | 413 | 415; error: "expectedMultipart" | "invalidMultipart" | "fileMissing" | "emptyFile" | "tooLarge" };

/** Room for the multipart boundaries and part headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

async function readCapped(body: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function readUploadedFile(req: Request, maxBytes: number): Promise<Upload> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) return { ok: false, status: 415, error: "expectedMultipart" };
  const cap = maxBytes + ENVELOPE_BYTES;
  if (Number(req.headers.get("content-length") ?? 0) > cap) return { ok: false, status: 413, error: "tooLarge" };
  if (!req.body) return { ok: false, status: 400, error: "fileMissing" };
  const raw = await readCapped(req.body, cap);
  if (!raw) return { ok: false, status: 413, error: "tooLarge" };
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, error: "invalidMultipart" };
  }
  const file = form.get("file");
  if (!(file instanceof File)) return { ok: false, status: 400, error: "fileMissing" };
  if (file.size === 0) return { ok: false, status: 400, error: "emptyFile" };
  if (file.size > maxBytes) return { ok: false, status: 413, error: "tooLarge" };
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : null;
  };
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), field };
}
