-- DropIndex
DROP INDEX "ScoreSheet_phaseId_status_partyOrganizationId_idx";

-- CreateIndex
CREATE INDEX "ScoreSheet_phaseId_status_partyOrganizationId_total_idx" ON "ScoreSheet"("phaseId", "status", "partyOrganizationId", "total");
