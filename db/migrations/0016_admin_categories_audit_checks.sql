CREATE UNIQUE INDEX "categories_name_zh_uq" ON "categories" USING btree ("name_zh");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_name_zh_hant_uq" ON "categories" USING btree ("name_zh_hant");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_name_en_uq" ON "categories" USING btree (lower("name_en"));--> statement-breakpoint
CREATE INDEX "audit_log_actor_page_idx" ON "audit_log" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_page_idx" ON "audit_log" USING btree ("entity","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_page_idx" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_position_positive" CHECK ("agreement_parties"."position" >= 1);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_signed_value_not_negative" CHECK ("agreements"."signed_value" >= 0);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_term_in_order" CHECK ("agreements"."term_end" >= "agreements"."term_start");