DROP INDEX "clients_company_name_trgm_idx";--> statement-breakpoint
DROP INDEX "clients_contact_person_trgm_idx";--> statement-breakpoint
DROP INDEX "clients_email_trgm_idx";--> statement-breakpoint
DROP INDEX "clients_company_name_sort_idx";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(company_name || ' ' || coalesce(contact_person, '') || ' ' || coalesce(email, ''))) STORED;--> statement-breakpoint
CREATE INDEX "clients_search_text_trgm_idx" ON "clients" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_company_name_sort_idx" ON "clients" USING btree ("company_name","id","search_text");