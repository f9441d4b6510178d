CREATE TABLE "organization_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"name" text NOT NULL,
	"merged_from_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "updated_by" integer;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "change_reason" text;--> statement-breakpoint
ALTER TABLE "organization_aliases" ADD CONSTRAINT "organization_aliases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_aliases" ADD CONSTRAINT "organization_aliases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organization_aliases_org_name_uq" ON "organization_aliases" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "organization_aliases_name_trgm" ON "organization_aliases" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_delivered_not_negative" CHECK ("progress_updates"."delivered_value" >= 0);--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_change_has_reason" CHECK (("progress_updates"."version" = 1 and "progress_updates"."withdrawn_at" is null) or "progress_updates"."change_reason" is not null);