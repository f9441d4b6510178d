CREATE TABLE "attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" integer,
	CONSTRAINT "attachments_sha256_hex" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachments_content_type" CHECK ("attachments"."content_type" in ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg', 'image/png')),
	CONSTRAINT "attachments_size" CHECK ("attachments"."size_bytes" > 0 and "attachments"."size_bytes" <= 20971520)
);
--> statement-breakpoint
CREATE TABLE "document_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_blobs_sha256_hex" CHECK ("document_blobs"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "document_blobs_size_matches" CHECK (octet_length("document_blobs"."bytes") = "document_blobs"."size_bytes")
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_agreement_idx" ON "attachments" USING btree ("agreement_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_live_file_uq" ON "attachments" USING btree ("agreement_id","sha256") WHERE "attachments"."deleted_at" is null;