-- Trigram matching for the back-office free text and the customer lookup, and accent folding
-- for names and addresses. The embedded database (PGlite) loads both extensions at start.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower-cases and strips accents, so "Niccolò" matches "niccolo". unaccent() alone is only
-- STABLE, because its dictionary could change; naming the dictionary makes the result fixed,
-- which an index expression needs.
CREATE FUNCTION "sportello_search_text"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower(value)) $$;

-- Customer lookup by name: "given family given" contains both word orders an operator types.
-- Prisma does not describe expression indexes, so these two live only in this migration.
CREATE INDEX "Person_name_search_trgm_idx" ON "Person" USING GIN (
  "sportello_search_text"(coalesce("givenName", '') || ' ' || coalesce("familyName", '') || ' ' || coalesce("givenName", '') || ' ' || coalesce("legalName", '')) gin_trgm_ops
);

-- Customer lookup by address: street and house number as one text.
CREATE INDEX "Address_street_search_trgm_idx" ON "Address" USING GIN ("sportello_search_text"("street" || ' ' || "houseNumber") gin_trgm_ops);

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'ticketMerged';

-- CreateIndex
CREATE INDEX "OutboundEmail_createdAt_id_idx" ON "OutboundEmail"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_protocol_trgm_idx" ON "Ticket" USING GIN ("protocol" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Ticket_subject_trgm_idx" ON "Ticket" USING GIN ("subject" gin_trgm_ops);
