// Pages whose own checks decide the HTTP status: the write pages (new, edit, batch entry,
// tokens) and the detail pages of a record. Unlike the list pages in (app), they have no
// loading.tsx: without a streaming boundary the page's role check gives an executive opening
// /agreements/new a real 403, and a missing record (/agreements/999999) a real 404, not a 200
// carrying the refusal.
export { default } from "../(app)/layout";
