/** The answer of POST /api/v1/imports as the import page reads it. */
export interface ImportAnswer {
  counts: { create: number; update: number; unchanged: number; error: number };
  signedValue: string;
  committed: boolean;
  unknownColumns: string[];
  repeatedColumns: string[];
  newParties: string[];
  rows: { row: number; reference: string; action: "create" | "update" | "unchanged" | "error"; version?: number; errors: { column: string; message: string }[] }[];
  file: { format: "csv" | "xlsx"; encoding?: string; sheet?: string; sheets?: string[] };
}

/** Sends the file (and the chosen sheet, the versions a preview showed) to the import route. */
export async function postImport(
  query: string,
  file: File,
  extra: { sheet?: string; versions?: Record<string, number> },
): Promise<{ ok: true; res: Response } | { ok: false; error: string; message?: string }> {
  const form = new FormData();
  form.set("file", file);
  if (extra.sheet) form.set("sheet", extra.sheet);
  if (extra.versions) form.set("versions", JSON.stringify(extra.versions));
  try {
    const res = await fetch(`/api/v1/imports?${query}`, { method: "POST", body: form });
    if (res.ok) return { ok: true, res };
    const body = await res.json().catch(() => ({}));
    return { ok: false, error: typeof body.error === "string" ? body.error : res.status === 413 ? "tooLarge" : "failed", message: typeof body.details === "string" ? body.details : undefined };
  } catch {
    return { ok: false, error: "failed" };
  }
}
