import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { CONTENT_TYPES, MAX_DOCUMENT_BYTES } from "../../lib/documents/file-types";
import { createdAt } from "./columns";
import { agreements } from "./agreements";
import { users } from "./users";

/** The column type only: the bytes are written and read as base64 in SQL (db/storage/postgres-store.ts). */
const bytea = customType<{ data: Uint8Array }>({ dataType: () => "bytea" });

const CONTENT_TYPE_LIST = sql.raw(Object.values(CONTENT_TYPES).map((t) => `'${t}'`).join(", "));

/**
 * The database document store: file bytes kept once per SHA-256, so a backup
 * carries them and the same file attached twice costs nothing. Rows are never
 * removed (a removed attachment stays in history); an S3-compatible store can
 * take their place (db/storage).
 */
export const documentBlobs = pgTable(
  "document_blobs",
  {
    sha256: text("sha256").primaryKey(),
    bytes: bytea("bytes").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("document_blobs_sha256_hex", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("document_blobs_size_matches", sql`octet_length(${t.bytes}) = ${t.sizeBytes}`),
  ],
);

/** A file attached to an agreement; its bytes are in the document store under `sha256`. */
export const attachments = pgTable(
  "attachments",
  {
    id: serial("id").primaryKey(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    /** Decided from the bytes when uploaded, and sent back as is. */
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: the row and the bytes stay, the agreement's history shows who removed it. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedBy: integer("deleted_by").references(() => users.id),
  },
  (t) => [
    index("attachments_agreement_idx").on(t.agreementId, t.uploadedAt),
    // The same file attached twice is one attachment: the second upload finds the first.
    uniqueIndex("attachments_live_file_uq").on(t.agreementId, t.sha256).where(sql`${t.deletedAt} is null`),
    check("attachments_sha256_hex", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("attachments_content_type", sql`${t.contentType} in (${CONTENT_TYPE_LIST})`),
    check("attachments_size", sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= ${sql.raw(String(MAX_DOCUMENT_BYTES))}`),
  ],
);
