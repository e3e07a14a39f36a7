-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_chainSeq_key" ON "AuditLog"("chainSeq");

-- ─── Hand-written: the audit hash chain (docs/security.md, "Audit integrity") ───
--
-- Every row carries sha256(previous row's hash || this row's canonical content) and its place in
-- the chain. The append-only trigger stops the application from changing rows; the chain makes a
-- change by anyone who gets past that trigger (the table's owner can disable it) detectable by
-- `npm run audit:verify`, which recomputes every hash outside the database.
--
-- The chain is extended when the writing transaction commits (a deferred constraint trigger), not
-- at insert: the lock that keeps the chain linear is then held only for the commit itself, after
-- every row lock the transaction takes, so it can neither deadlock with them nor queue writers for
-- the length of their transactions.

-- Canonical content: the fields in a fixed order as a jsonb array (jsonb's text form is
-- deterministic), the time in UTC to the millisecond. scripts/lib/audit-chain.ts has the same
-- expression; the verifier's own copy is what makes it independent of the database's functions.
CREATE FUNCTION "audit_log_canonical"(r "AuditLog") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    r."chainSeq"::text, r."id"::text, r."actorId", r."actorName", r."action", r."entityType", r."entityId",
    r."before", r."after", r."ip", to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text
$$;

CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous RECORD;
  chained "AuditLog";
BEGIN
  -- One transaction at a time extends the chain; the lock ends with the transaction, so the next
  -- one reads this one's last row, committed (READ COMMITTED takes a new snapshot per statement).
  PERFORM pg_advisory_xact_lock(8310520);
  SELECT a."chainSeq", a."hash" INTO previous FROM "AuditLog" a
    WHERE a."chainSeq" IS NOT NULL ORDER BY a."chainSeq" DESC LIMIT 1;
  SELECT * INTO chained FROM "AuditLog" a WHERE a."id" = NEW."id";
  chained."chainSeq" := COALESCE(previous."chainSeq", 0) + 1;
  chained."hash" := encode(
    sha256(convert_to(COALESCE(previous."hash", repeat('0', 64)) || "audit_log_canonical"(chained), 'UTF8')),
    'hex'
  );
  UPDATE "AuditLog" SET "chainSeq" = chained."chainSeq", "hash" = chained."hash" WHERE "id" = NEW."id";
  RETURN NULL;
END;
$$;

-- The append-only rule, with the one update the chain itself makes: filling in the chain fields of
-- a row not yet chained (only its own transaction can see such a row), nothing else changed.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."chainSeq" IS NULL AND NEW."chainSeq" IS NOT NULL
     AND (OLD."id", OLD."actorId", OLD."actorName", OLD."action", OLD."entityType", OLD."entityId",
          OLD."before", OLD."after", OLD."ip", OLD."createdAt")
         IS NOT DISTINCT FROM
         (NEW."id", NEW."actorId", NEW."actorName", NEW."action", NEW."entityType", NEW."entityId",
          NEW."before", NEW."after", NEW."ip", NEW."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- TRUNCATE skips row triggers: refuse it too (a restore drops and recreates the table instead).
CREATE FUNCTION "audit_log_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog cannot be truncated' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_no_truncate"();

-- Rows written before this migration join the chain in the order of their ids.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
DO $$
DECLARE
  row_to_chain "AuditLog";
  seq BIGINT := 0;
  previous_hash TEXT := repeat('0', 64);
BEGIN
  FOR row_to_chain IN SELECT * FROM "AuditLog" ORDER BY "id" LOOP
    seq := seq + 1;
    row_to_chain."chainSeq" := seq;
    previous_hash := encode(sha256(convert_to(previous_hash || "audit_log_canonical"(row_to_chain), 'UTF8')), 'hex');
    UPDATE "AuditLog" SET "chainSeq" = seq, "hash" = previous_hash WHERE "id" = row_to_chain."id";
  END LOOP;
END;
$$;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

CREATE CONSTRAINT TRIGGER "AuditLog_chain" AFTER INSERT ON "AuditLog"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();
