import { bigserial, boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, roleEnum } from "./columns";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  active: boolean("active").notNull().default(true),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  /** Set with a one-time password (created or reset by an admin): it must be changed at sign-in and stops working at passwordExpiresAt. */
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  passwordExpiresAt: timestamp("password_expires_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Read-only API tokens for BI tools. Only the sha-256 of the secret is kept; the
 * prefix (first 8 characters) lets admins tell tokens apart without revealing them.
 */
export const apiTokens = pgTable("api_tokens", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Sign-in attempts per email and client address, so repeated failures can be throttled across app instances. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    /** From the trusted proxy header; null when none is configured. */
    address: text("address"),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_at_idx").on(t.email, t.at),
    index("sign_in_attempts_address_at_idx").on(t.address, t.at),
    index("sign_in_attempts_at_idx").on(t.at),
  ],
);
