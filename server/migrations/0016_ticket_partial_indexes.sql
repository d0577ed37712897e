DROP INDEX "tickets_requester_user_idx";--> statement-breakpoint
DROP INDEX "tickets_order_idx";--> statement-breakpoint
DROP INDEX "tickets_resolved_at_idx";--> statement-breakpoint
CREATE INDEX "tickets_requester_user_idx" ON "tickets" USING btree ("requester_user_id","created_at") WHERE "tickets"."requester_user_id" is not null;--> statement-breakpoint
CREATE INDEX "tickets_order_idx" ON "tickets" USING btree ("order_id") WHERE "tickets"."order_id" is not null;--> statement-breakpoint
CREATE INDEX "tickets_resolved_at_idx" ON "tickets" USING btree ("resolved_at") WHERE "tickets"."resolved_at" is not null;