/** History entries written when a file is attached to an agreement or removed from it (labels in the documents namespace). */
export const ATTACHMENT_ACTIONS = new Set(["attach", "detach"]);

/** The file an attach or detach entry concerns. */
export function AttachmentChange({ action, before, after }: { action: string; before: Record<string, unknown>; after: Record<string, unknown> }) {
  const entry = (action === "attach" ? after : before) as { fileName?: string };
  return <p className="break-all text-slate-600">{entry.fileName ?? "—"}</p>;
}
