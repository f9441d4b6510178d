CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'signed', 'in_execution', 'completed', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."party_type" AS ENUM('bank', 'consumer_finance', 'insurer', 'securities_fund', 'microlender', 'other_financial', 'academic', 'ai_tech', 'big_data', 'government', 'other');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'staff', 'executive');--> statement-breakpoint
CREATE TYPE "public"."value_kind" AS ENUM('binding', 'intended');--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"position" integer NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"signatory_name" text,
	"signatory_title" text,
	CONSTRAINT "agreement_parties_agreement_id_organization_id_pk" PRIMARY KEY("agreement_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text,
	"summary" text,
	"category_id" integer NOT NULL,
	"event_id" integer,
	"status" "agreement_status" DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"term_start" date,
	"term_end" date,
	"signed_value" numeric(16, 2),
	"value_kind" "value_kind" DEFAULT 'binding' NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submission_key" text,
	"created_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "agreements_reference_unique" UNIQUE("reference"),
	CONSTRAINT "agreements_submission_key_unique" UNIQUE("submission_key")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_zh_hant" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "categories_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	"held_on" date NOT NULL,
	"venue" text,
	"host" text,
	"notes" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	"short_name" text,
	"type" "party_type" NOT NULL,
	"credit_code" text,
	"city" text,
	"website" text,
	"notes" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "progress_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text NOT NULL,
	"delivered_value" numeric(16, 2),
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_parties_position_uq" ON "agreement_parties" USING btree ("agreement_id","position");--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "agreements_category_idx" ON "agreements" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "agreements_event_idx" ON "agreements" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreements_signed_on_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "agreements_term_end_idx" ON "agreements" USING btree ("term_end");--> statement-breakpoint
CREATE INDEX "agreements_live_signed_idx" ON "agreements" USING btree ("signed_on","category_id") WHERE "agreements"."deleted_at" is null and "agreements"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "agreements_reference_trgm" ON "agreements" USING gin ("reference" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agreements_title_zh_trgm" ON "agreements" USING gin ("title_zh" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agreements_title_en_trgm" ON "agreements" USING gin ("title_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "events_held_on_idx" ON "events" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "organizations_type_idx" ON "organizations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "organizations_name_zh_trgm" ON "organizations" USING gin ("name_zh" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_name_en_trgm" ON "organizations" USING gin ("name_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_short_name_trgm" ON "organizations" USING gin ("short_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "progress_updates_agreement_idx" ON "progress_updates" USING btree ("agreement_id");