/**
 * The client's address as the trusted reverse proxy reports it, or null. The
 * header is named by TRUSTED_PROXY_HEADER (e.g. `x-forwarded-for`, `x-real-ip`);
 * unset, no header is trusted, since anyone can send any header. Of a list
 * (`client, proxy1, …`) the rightmost entry is taken: the one our own proxy
 * appended, which the client cannot choose.
 */
export function clientAddress(headers: Headers, headerName = process.env.TRUSTED_PROXY_HEADER): string | null {
  if (!headerName) return null;
  const raw = headers.get(headerName.trim().toLowerCase());
  const last = raw?.split(",").at(-1)?.trim().toLowerCase();
  return last && /^[0-9a-f:.]{2,45}$/.test(last) ? last : null;
}
