import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * PostgreSQL extensions the migrations create (`CREATE EXTENSION`): trigram indexes for free-text
 * search and accent folding for names and addresses. PGlite ships them as separate modules, and
 * an instance can create only the extensions it was started with.
 */
export const pgliteExtensions = { pg_trgm, unaccent };
