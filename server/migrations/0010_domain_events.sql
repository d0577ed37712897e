CREATE TABLE "domain_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domain_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" varchar(100) NOT NULL,
	"aggregate_type" varchar(50) NOT NULL,
	"aggregate_id" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"actor_user_id" integer,
	"request_id" varchar(100),
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp (3) with time zone,
	"relayed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE INDEX "domain_events_unrelayed_idx" ON "domain_events" USING btree ("id") WHERE "domain_events"."relayed_at" is null;--> statement-breakpoint
CREATE INDEX "domain_events_aggregate_idx" ON "domain_events" USING btree ("aggregate_type","aggregate_id","id");--> statement-breakpoint
CREATE INDEX "domain_events_type_idx" ON "domain_events" USING btree ("type","id");