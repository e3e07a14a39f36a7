-- Remarks (互动交流): hand-written constraints the Prisma schema cannot express.

-- A remark is a member's own (authorId) or a guest's recorded by staff (guestId), never both.
-- Both may be NULL only after the person's row is deleted (the foreign keys SET NULL).
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_author_or_guest_check"
  CHECK ("authorId" IS NULL OR "guestId" IS NULL);

-- The same length limit as the form (lib/remarks/rules.ts, REMARK_MAX_LENGTH).
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_content_length_check"
  CHECK (char_length("content") BETWEEN 1 AND 1000);
