-- A finer sample of search_text lets the planner tell a frequent word (walk the name index, stop after a
-- page) from a rare one (trigram index); with the default sample it often guessed 100 rows for both.
ALTER TABLE "clients" ALTER COLUMN "search_text" SET STATISTICS 1000;
--> statement-breakpoint
ANALYZE "clients" ("search_text");
