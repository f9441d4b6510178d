ALTER TABLE "events" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "updated_by" integer;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "updated_by" integer;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_at_idx" ON "sign_in_attempts" USING btree ("at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_submission_key_unique" UNIQUE("submission_key");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_submission_key_unique" UNIQUE("submission_key");--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_submission_key_unique" UNIQUE("submission_key");