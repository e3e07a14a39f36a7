-- CreateIndex
CREATE INDEX "ScoreSheet_rubricId_status_idx" ON "ScoreSheet"("rubricId", "status");

-- Rubrics: a phase scores against one rubric at a time. Activating a new version retires the old
-- one in the same transaction; this index makes two activations at once fail rather than leave
-- two active rubrics.
CREATE UNIQUE INDEX "Rubric_one_active_per_phase" ON "Rubric" ("phaseId") WHERE "status" = 'ACTIVE';
-- An active or retired rubric was activated at some instant.
ALTER TABLE "Rubric" ADD CONSTRAINT "Rubric_activated_has_time"
  CHECK ("status" = 'DRAFT' OR "activatedAt" IS NOT NULL);
ALTER TABLE "Rubric" ADD CONSTRAINT "Rubric_version_positive" CHECK ("version" >= 1);

-- A rubric that a submitted sheet was scored against never changes (staff copy it into a new
-- version instead). The server actions refuse such edits with a message; this trigger holds the
-- rule for every other path (a script, a hand-written fix). AFTER triggers, so that a row breaking
-- a CHECK of its own is still refused by that CHECK's name.
CREATE FUNCTION "rubric_frozen_after_submission"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    target := OLD."rubricId";
  ELSE
    target := NEW."rubricId";
  END IF;
  IF EXISTS (SELECT 1 FROM "ScoreSheet" WHERE "rubricId" = target AND "status" = 'SUBMITTED')
     OR (TG_OP = 'UPDATE' AND OLD."rubricId" <> NEW."rubricId" AND EXISTS (
       SELECT 1 FROM "ScoreSheet" WHERE "rubricId" = OLD."rubricId" AND "status" = 'SUBMITTED')) THEN
    RAISE EXCEPTION 'Rubric % has submitted score sheets and cannot change', target
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "RubricCategory_frozen_after_submission" AFTER INSERT OR UPDATE OR DELETE ON "RubricCategory"
  FOR EACH ROW EXECUTE FUNCTION "rubric_frozen_after_submission"();
CREATE TRIGGER "RubricItem_frozen_after_submission" AFTER INSERT OR UPDATE OR DELETE ON "RubricItem"
  FOR EACH ROW EXECUTE FUNCTION "rubric_frozen_after_submission"();

-- Score sheets: versions count saves from 1; an unlock names its reason.
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_version_positive" CHECK ("version" >= 1);
ALTER TABLE "ScoreSheetRevision" ADD CONSTRAINT "ScoreSheetRevision_reason_not_blank"
  CHECK ("reason" IS NULL OR length(btrim("reason")) > 0);
