-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'VISIT_PROMOTED';
ALTER TYPE "NotificationKind" ADD VALUE 'VISIT_SLOT_CANCELLED';

-- DropIndex
DROP INDEX "VisitSignup_slotId_status_createdAt_idx";

-- AlterTable
ALTER TABLE "VisitSignup" ADD COLUMN     "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Hand-written: existing sign-ups keep their queue order.
UPDATE "VisitSignup" SET "queuedAt" = "createdAt";

-- AlterTable
ALTER TABLE "VisitSlot" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Hand-written: existing slots get a first updatedAt; Prisma sets it from now on (no default).
ALTER TABLE "VisitSlot" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "VisitSignup_slotId_status_queuedAt_id_idx" ON "VisitSignup"("slotId", "status", "queuedAt", "id");

-- CreateIndex
CREATE INDEX "VisitSignup_userId_idx" ON "VisitSignup"("userId");

-- CreateIndex
CREATE INDEX "VisitSlot_siteId_idx" ON "VisitSlot"("siteId");

-- ───────────── Hand-written constraints (docs/visits.md) ─────────────

-- No slot is ever over capacity: whatever the application does, a write that would put more
-- confirmed people in a slot than it has places fails here.
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_confirmed_within_capacity"
  CHECK ("confirmedCount" BETWEEN 0 AND "capacity");
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_ends_after_start" CHECK ("endsAt" > "startsAt");
-- A cancelled slot has a reason and nobody confirmed on it.
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_cancel_reason"
  CHECK (("cancelledAt" IS NULL) = ("cancelReason" IS NULL));
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_cancelled_empty"
  CHECK ("cancelledAt" IS NULL OR "confirmedCount" = 0);
