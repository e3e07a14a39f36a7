-- Invariants PostgreSQL holds for the application, so that no code path (a server action, an
-- import, a script, a hand-written fix) can store a row the domain forbids. Prisma's schema
-- language cannot express these; the schema engine ignores them when it diffs, so they cause no
-- drift. docs/data-model.md lists them with their reasons.

-- Accounts: a secretary always writes for one enterprise.
ALTER TABLE "User" ADD CONSTRAINT "User_secretary_has_enterprise"
  CHECK ("role" <> 'SECRETARY' OR "enterpriseId" IS NOT NULL);

-- Campaign and phases.
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_sequence_positive" CHECK ("sequence" >= 1);
-- Trimming drops one highest and one lowest sheet, so it needs at least three to leave one.
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_trim_min_scorers" CHECK ("trimMinScorers" >= 3);
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_disagreement_threshold" CHECK ("disagreementThreshold" >= 0);
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_closed_has_time"
  CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL));
ALTER TABLE "PhaseTier" ADD CONSTRAINT "PhaseTier_rank_positive" CHECK ("rank" >= 1);
ALTER TABLE "PhaseTier" ADD CONSTRAINT "PhaseTier_min_score_range" CHECK ("minScore" IS NULL OR "minScore" BETWEEN 0 AND 100);
ALTER TABLE "PhaseTier" ADD CONSTRAINT "PhaseTier_quota_range"
  CHECK ("quotaPercent" IS NULL OR ("quotaPercent" > 0 AND "quotaPercent" <= 100));

-- Party organisations, sites and files: see *_setup_invariants.

-- Tours (time order is held in *_tour_bookings, with the booking exclusion constraints).
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_cancel_reason"
  CHECK (("status" = 'CANCELLED') = ("cancelReason" IS NOT NULL AND length(btrim("cancelReason")) > 0));
-- Remarks have their own constraints in *_remark_checks.

-- Rubrics and scores: points in steps of 0.5, within the item's range.
ALTER TABLE "RubricItem" ADD CONSTRAINT "RubricItem_max_points"
  CHECK ("maxPoints" > 0 AND "maxPoints" * 2 = trunc("maxPoints" * 2));
ALTER TABLE "ItemScore" ADD CONSTRAINT "ItemScore_range_and_step"
  CHECK ("score" >= 0 AND "score" <= "maxPoints" AND "score" * 2 = trunc("score" * 2));
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_range_and_step"
  CHECK ("score" >= 0 AND "score" <= 100 AND "score" * 2 = trunc("score" * 2));
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_total_range" CHECK ("total" BETWEEN 0 AND 100);
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_submitted_has_time"
  CHECK (("status" = 'SUBMITTED') = ("submittedAt" IS NOT NULL));

-- Problem ledger.
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_source_link"
  CHECK (("source" = 'TOUR' AND "selfReportId" IS NULL) OR ("source" = 'SELF_REPORT' AND "selfReportId" IS NOT NULL));
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_closed_has_time"
  CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL));
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_not_own_recurrence" CHECK ("recurrenceOfId" IS DISTINCT FROM "id");
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_description_not_blank" CHECK (length(btrim("description")) > 0);

-- The 3 + 3 + 6 demonstration selection: each category has its quota of slots and names the
-- one kind of thing it selects.
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_slot_and_target" CHECK (
  ("category" = 'UNIT' AND "slot" BETWEEN 1 AND 3
     AND "partyOrganizationId" IS NOT NULL AND "experienceEntryId" IS NULL AND "siteId" IS NULL)
  OR ("category" = 'PROJECT' AND "slot" BETWEEN 1 AND 3
     AND "experienceEntryId" IS NOT NULL AND "partyOrganizationId" IS NULL AND "siteId" IS NULL)
  OR ("category" = 'SITE' AND "slot" BETWEEN 1 AND 6
     AND "siteId" IS NOT NULL AND "partyOrganizationId" IS NULL AND "experienceEntryId" IS NULL)
);

-- Assets: 亿元, never negative; a figure stands for a month, stored as its first day.
ALTER TABLE "AssetFigure" ADD CONSTRAINT "AssetFigure_non_negative" CHECK ("totalAssets" >= 0);
ALTER TABLE "AssetFigure" ADD CONSTRAINT "AssetFigure_first_of_month" CHECK (EXTRACT(DAY FROM "month") = 1);
ALTER TABLE "AssetFigureRevision" ADD CONSTRAINT "AssetFigureRevision_non_negative"
  CHECK ("previousValue" >= 0 AND "newValue" >= 0);
ALTER TABLE "AssetTarget" ADD CONSTRAINT "AssetTarget_positive" CHECK ("amount" > 0);
ALTER TABLE "AssetTarget" ADD CONSTRAINT "AssetTarget_year_range" CHECK ("year" BETWEEN 2000 AND 2100);

-- The audit log is append-only: the application inserts and reads; nothing updates or deletes
-- a row (a restore replaces the whole table).
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
