import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * Who first used a submission key and for what (issue 7, finding 8): a replay
 * gets the first answer only from the same user with the same payload.
 */
export const submissionReceipts = pgTable("submission_receipts", {
  key: text("key").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  /** SHA-256 of the parsed input in canonical JSON (lib/crypto/payload-digest.ts). */
  payloadDigest: text("payload_digest").notNull(),
  createdAt: createdAt(),
});
