CREATE TABLE "rollup_cells" (
	"category_id" integer NOT NULL,
	"event_id" integer,
	"status" "agreement_status" NOT NULL,
	"value_kind" "value_kind" NOT NULL,
	"signed_month" date,
	"agreements" integer NOT NULL,
	"signed_value" numeric(20, 2) NOT NULL,
	"delivered_value" numeric(20, 2) NOT NULL,
	CONSTRAINT "rollup_cells_key" UNIQUE NULLS NOT DISTINCT("category_id","event_id","status","value_kind","signed_month")
);
--> statement-breakpoint
CREATE TABLE "rollup_facts" (
	"agreement_id" integer PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"event_id" integer,
	"status" "agreement_status" NOT NULL,
	"value_kind" "value_kind" NOT NULL,
	"signed_on" date,
	"signed_value" numeric(16, 2),
	"delivered_value" numeric(20, 2) NOT NULL,
	"party_types" "party_type"[] NOT NULL,
	"organization_ids" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_party_cells" (
	"organization_id" integer NOT NULL,
	"status" "agreement_status" NOT NULL,
	"value_kind" "value_kind" NOT NULL,
	"agreements" integer NOT NULL,
	"signed_value" numeric(20, 2) NOT NULL,
	"delivered_value" numeric(20, 2) NOT NULL,
	CONSTRAINT "rollup_party_cells_key" UNIQUE("organization_id","status","value_kind")
);
--> statement-breakpoint
CREATE TABLE "rollup_party_type_cells" (
	"party_type" "party_type" NOT NULL,
	"category_id" integer NOT NULL,
	"status" "agreement_status" NOT NULL,
	"value_kind" "value_kind" NOT NULL,
	"signed_month" date,
	"agreements" integer NOT NULL,
	"signed_value" numeric(20, 2) NOT NULL,
	"delivered_value" numeric(20, 2) NOT NULL,
	CONSTRAINT "rollup_party_type_cells_key" UNIQUE NULLS NOT DISTINCT("party_type","category_id","status","value_kind","signed_month")
);
--> statement-breakpoint
CREATE INDEX "rollup_facts_over_delivered_idx" ON "rollup_facts" USING btree ("status") WHERE "rollup_facts"."delivered_value" > "rollup_facts"."signed_value";--> statement-breakpoint
CREATE INDEX "agreements_live_date_desc_idx" ON "agreements" USING btree ("signed_on" DESC NULLS LAST,"reference" DESC NULLS FIRST) WHERE "agreements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "agreements_live_value_desc_idx" ON "agreements" USING btree ("signed_value" DESC NULLS LAST,"reference") WHERE "agreements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "agreements_live_value_asc_idx" ON "agreements" USING btree ("signed_value","reference") WHERE "agreements"."deleted_at" is null;