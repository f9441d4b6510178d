// Tables, enums, indexes and row types, one file per subject; migrations come from
// `npm run db:generate` over this folder.
export * from "./columns";
export * from "./users";
export * from "./reference";
export * from "./organizations";
export * from "./organization-aliases";
export * from "./agreements";
export * from "./audit";
export * from "./documents";
export * from "./submissions";
export * from "./reminders";
export * from "./saved-views";
export * from "./rollup-cells";
export * from "./sessions";

import type { agreementParties, agreements, progressUpdates } from "./agreements";
import type { auditLog } from "./audit";
import type { attachments } from "./documents";
import type { deliveryAttempts, notificationChannels, reminderDeliveries, reminders } from "./reminders";
import type { savedViews } from "./saved-views";
import type { organizationAliases } from "./organization-aliases";
import type { organizations } from "./organizations";
import type { categories, events } from "./reference";
import type { sessions } from "./sessions";
import type { apiTokens, users } from "./users";

export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type OrganizationAlias = typeof organizationAliases.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Agreement = typeof agreements.$inferSelect;
export type NewAgreement = typeof agreements.$inferInsert;
export type AgreementParty = typeof agreementParties.$inferSelect;
export type ProgressUpdate = typeof progressUpdates.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type NewApiToken = typeof apiTokens.$inferInsert;
export type Attachment = typeof attachments.$inferSelect;
export type Reminder = typeof reminders.$inferSelect;
export type NotificationChannel = typeof notificationChannels.$inferSelect;
export type ReminderDelivery = typeof reminderDeliveries.$inferSelect;
export type DeliveryAttempt = typeof deliveryAttempts.$inferSelect;
export type SavedView = typeof savedViews.$inferSelect;
export type Session = typeof sessions.$inferSelect;
