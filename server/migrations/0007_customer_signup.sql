ALTER TABLE "account_tokens" DROP CONSTRAINT "account_tokens_purpose_check";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_customer_has_client";--> statement-breakpoint
ALTER TABLE "account_tokens" ADD COLUMN "payload" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_purpose_check" CHECK ("account_tokens"."purpose" in ('invitation', 'password_reset', 'email_verification'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_staff_have_no_client" CHECK ("users"."role" = 'customer' or "users"."client_id" is null);--> statement-breakpoint
-- Accounts that already have a password were made by an admin or the demo set: treat their emails as verified.
UPDATE "users" SET "email_verified_at" = now() WHERE "password_hash" IS NOT NULL;
