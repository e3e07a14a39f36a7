-- Setup pages (issue 3): invariants of phases, party organisations, sites and stored files that
-- PostgreSQL holds itself, so that no write path (action, import, script) can break them.
-- Hand-written: Prisma's schema language has no CHECK, EXCLUDE or trigger.

-- A phase's window is a real range; the travel time between stops is sensible.
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_window_order" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_travel_minutes_range" CHECK ("travelMinutes" BETWEEN 0 AND 240);

-- Phase windows never overlap. Phases lie inside their campaign's calendar year (checked by the
-- action) and a campaign is one year, so a table-wide exclusion is exactly "no overlap with the
-- other phases of the campaign", and needs no btree_gist. Two staff editing neighbouring phases
-- at once cannot both succeed.
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_windows_do_not_overlap"
  EXCLUDE USING gist (daterange("startsOn", "endsOn", '[]') WITH &&);

-- Closed is final: once a phase is closed its scoring is locked, and nothing reopens it.
CREATE FUNCTION "phase_closed_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'CLOSED' AND NEW."status" <> 'CLOSED' THEN
    RAISE EXCEPTION 'phase % is closed and cannot be reopened', OLD."id"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Phase_closed_is_final';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Phase_closed_is_final" BEFORE UPDATE OF "status" ON "Phase"
  FOR EACH ROW EXECUTE FUNCTION "phase_closed_is_final"();

-- 党委/党组 → 党总支 → 党支部: a child's level is strictly below its parent's (enum order
-- COMMITTEE < GENERAL_BRANCH < BRANCH). Because the level grows along every parent link, the
-- tree can never contain a cycle. The parent row is share-locked so a concurrent level change of
-- the parent waits for this insert or move (and then sees its new child).
CREATE FUNCTION "party_organization_level_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_level "OrgLevel";
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    SELECT "level" INTO parent_level FROM "PartyOrganization" WHERE "id" = NEW."parentId" FOR SHARE;
    IF parent_level IS NOT NULL AND parent_level >= NEW."level" THEN
      RAISE EXCEPTION 'party organisation level % is not below its parent''s level %', NEW."level", parent_level
        USING ERRCODE = 'check_violation', CONSTRAINT = 'PartyOrganization_level_below_parent';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."level" <> OLD."level" AND EXISTS (
    SELECT 1 FROM "PartyOrganization" WHERE "parentId" = NEW."id" AND "level" <= NEW."level"
  ) THEN
    RAISE EXCEPTION 'party organisation % has children at or above level %', NEW."id", NEW."level"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'PartyOrganization_level_below_parent';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PartyOrganization_level_order" BEFORE INSERT OR UPDATE OF "parentId", "level"
  ON "PartyOrganization" FOR EACH ROW EXECUTE FUNCTION "party_organization_level_order"();

ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_member_count_nonnegative" CHECK ("memberCount" >= 0);
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");

-- A site receives at least one visitor.
ALTER TABLE "Site" ADD CONSTRAINT "Site_capacity_positive" CHECK ("capacity" > 0);

-- A stored file belongs to exactly one owner and has a real size.
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_exactly_one_owner"
  CHECK (num_nonnulls("selfReportId", "problemEventId", "siteId", "experienceEntryId") = 1);
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_nonnegative" CHECK ("sizeBytes" >= 0);
