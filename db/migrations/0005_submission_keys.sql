ALTER TABLE "events" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_submission_key_unique" UNIQUE("submission_key");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_submission_key_unique" UNIQUE("submission_key");