CREATE TABLE "ticket_sla_checks" (
	"ticket_id" integer PRIMARY KEY NOT NULL,
	"next_check_at" timestamp (3) with time zone,
	"first_response_warned_at" timestamp (3) with time zone,
	"first_response_breached_at" timestamp (3) with time zone,
	"resolution_warned_at" timestamp (3) with time zone,
	"resolution_breached_at" timestamp (3) with time zone
);
--> statement-breakpoint
-- The sweep's state moves out of tickets: every ticket it has acted on or will act on keeps its row.
INSERT INTO "ticket_sla_checks" ("ticket_id", "next_check_at", "first_response_warned_at", "first_response_breached_at", "resolution_warned_at", "resolution_breached_at")
SELECT "id", "sla_next_check_at", "first_response_warned_at", "first_response_breached_at", "resolution_warned_at", "resolution_breached_at"
FROM "tickets"
WHERE "sla_next_check_at" IS NOT NULL OR "first_response_warned_at" IS NOT NULL OR "first_response_breached_at" IS NOT NULL
  OR "resolution_warned_at" IS NOT NULL OR "resolution_breached_at" IS NOT NULL;--> statement-breakpoint
DROP INDEX "tickets_sla_next_check_idx";--> statement-breakpoint
ALTER TABLE "ticket_sla_checks" ADD CONSTRAINT "ticket_sla_checks_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_sla_checks_next_check_idx" ON "ticket_sla_checks" USING btree ("next_check_at") WHERE "ticket_sla_checks"."next_check_at" is not null;--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "first_response_warned_at";--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "first_response_breached_at";--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "resolution_warned_at";--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "resolution_breached_at";--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "sla_next_check_at";