-- The library search matches a word anywhere (ILIKE '%word%', lib/library/queries.ts): only a
-- trigram index serves that. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension
-- since PostgreSQL 13, so the database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "ExperienceEntry_title_trgm_idx" ON "ExperienceEntry" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ExperienceEntry_summary_trgm_idx" ON "ExperienceEntry" USING GIN ("summary" gin_trgm_ops);

-- The tags as one text for the same kind of index. array_to_string is only STABLE (it works on
-- any array type), so an index needs this IMMUTABLE wrapper for text[]. The separator is a control
-- character that no tag and no search word contains (lib/library/search.ts strips them), so a
-- word never matches across two tags.
CREATE FUNCTION experience_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN array_to_string(tags, E'\x1f');

CREATE INDEX "ExperienceEntry_tags_trgm_idx" ON "ExperienceEntry" USING GIN (experience_tags_text("tags") gin_trgm_ops);
