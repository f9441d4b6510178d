/** Sends one file as multipart field `file` to a document route; any failure becomes an error code the UI can name. */
export async function postFile<T>(url: string, file: File): Promise<{ ok: true; status: number; data: T } | { ok: false; error: string }> {
  const form = new FormData();
  form.set("file", file);
  try {
    const res = await fetch(url, { method: "POST", body: form });
    const body = await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, status: res.status, data: body as T };
    return { ok: false, error: typeof body.error === "string" ? body.error : res.status === 413 ? "tooLarge" : "failed" };
  } catch {
    return { ok: false, error: "failed" };
  }
}
