/** Where an audit entry's record lives, or null when the app has no page for it (an entity others may add later). */
export function auditRecordHref(entity: string, entityId: string): string | null {
  const id = /^[1-9]\d{0,18}$/.test(entityId) ? entityId : null;
  switch (entity) {
    case "agreement":
      return id && `/agreements/${id}`;
    case "organization":
      return id && `/parties/${id}`;
    case "event":
      return id && `/events/${id}`;
    case "category":
      return "/admin/categories";
    case "api_token":
      return "/admin/tokens";
    case "user":
      return "/admin/users";
    default:
      return null;
  }
}

/** The entities and actions the filter offers by name; the log may hold others, which are shown as stored. */
export const AUDIT_ENTITIES = ["agreement", "organization", "event", "category", "user", "api_token", "database"] as const;
export const AUDIT_ACTIONS = [
  "create", "update", "delete", "restore", "merge", "attach", "detach", "progress", "progress_correct", "progress_withdraw",
  "retire", "reactivate", "revoke", "seed",
] as const;

/** The fields an entry changed, from its before/after snapshots, in first-seen order. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const keys = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : []);
  return [...new Set([...keys(before), ...keys(after)])];
}
