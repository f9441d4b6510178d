/**
 * Requests the framework would answer with a 500 (issue 7, finding 7), refused
 * here first with the status they deserve. Pure: web Request in, Response or null out.
 */

/** Next's default server-action body limit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
const ACTION_ID = /^[0-9a-f]{40,64}$/i;

/**
 * The encodings React uses for what our actions take: escaped "$" strings,
 * undefined, dates, bigints, the special numbers and form data (K). Any other "$"
 * reference (promises, streams, iterators, blobs) is nothing our actions take, and
 * a dangling one makes the framework throw.
 */
const PLAIN_REFERENCE = /^\$(\$|undefined$|D|n|NaN$|-?Infinity$|-0$|K\d+$)/;

const refuse = (status: number, error: string, message: string) => Response.json({ error, message }, { status, headers: { "Cache-Control": "no-store" } });

export const tooLarge = () => refuse(413, "tooLarge", "请求内容过大（上限 1 MB）。Request body too large (limit 1 MB).");
const badRequest = () => refuse(400, "badRequest", "请求格式无效。Malformed request.");

/** A path with percent-encoding that does not decode (`/agreements/%FF`) is a bad request, not a crash. */
export function malformedPath(rawUrl: string): Response | null {
  const path = rawUrl.replace(/^[a-z]+:\/\/[^/]*/i, "").split(/[?#]/)[0];
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return badRequest();
  }
}

function plainValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(plainValues);
  if (value && typeof value === "object") return Object.values(value).every(plainValues);
  return true;
}

function plainJson(text: string, shape: (value: unknown) => boolean): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return shape(value) && plainValues(value);
  } catch {
    return false;
  }
}

/**
 * Checks a server-action request (one with a `Next-Action` header) before Next
 * decodes it: size, action id and a body that decodes as React sends it
 * (JSON text, or multipart whose fields are JSON or plain form values).
 */
export async function checkActionRequest(req: Request): Promise<Response | null> {
  const id = req.headers.get("next-action");
  if (id === null || req.method !== "POST") return null;
  if (Number(req.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return tooLarge();
  if (!ACTION_ID.test(id)) return badRequest();
  const body = await req.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT) return tooLarge();
  const type = req.headers.get("content-type") ?? "";
  // Only the media type is case-insensitive: the boundary must stay as sent.
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return badRequest();
    }
    // Fields named by a number carry the encoded arguments; "<n>_<name>" ones are a form's own values.
    const encoded = [...form].filter(([name]) => /^\d+$/.test(name));
    const plain = encoded.every(([, value]) => typeof value === "string" && plainJson(value, () => true));
    return plain && form.has("0") ? null : badRequest();
  }
  return plainJson(new TextDecoder().decode(body), Array.isArray) ? null : badRequest();
}
