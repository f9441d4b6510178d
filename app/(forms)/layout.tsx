// The write pages (new, edit, batch entry, tokens) share the signed-in shell but,
// unlike the read pages in (app), have no loading.tsx: without a streaming boundary
// the page's own role check decides the response, so an executive opening
// /agreements/new gets a real 403 (and a missing record a real 404), not a 200
// carrying the refusal.
export { default } from "../(app)/layout";
