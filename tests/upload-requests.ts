/** Requests as a browser or a script sends them to the document routes. */

export const ORIGIN = "http://localhost:3000";

/** A multipart upload of `bytes` as field `file` (or `field`), from this site unless `origin` says otherwise. */
export function uploadRequest(path: string, bytes: Uint8Array, name: string, opts: { origin?: string | null; field?: string } = {}): Request {
  const form = new FormData();
  form.set(opts.field ?? "file", new File([new Uint8Array(bytes)], name));
  const headers = new Headers({ host: "localhost:3000" });
  if (opts.origin !== null) headers.set("origin", opts.origin ?? ORIGIN);
  return new Request(`${ORIGIN}${path}`, { method: "POST", body: form, headers });
}

export function getRequest(path: string): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { host: "localhost:3000" } });
}

/** The route context Next passes to a handler under `[id]`. */
export const idParams = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

/** A file of `size` bytes that starts like a PDF. */
export function pdfOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
}
