-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('INTERNAL', 'CROSS', 'DEMONSTRATION');

-- CreateEnum
CREATE TYPE "PhaseStatus" AS ENUM ('PLANNED', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ScoreMethod" AS ENUM ('MEAN', 'TRIMMED_MEAN');

-- CreateEnum
CREATE TYPE "TierMode" AS ENUM ('THRESHOLD', 'QUOTA');

-- CreateEnum
CREATE TYPE "EnterpriseCategory" AS ENUM ('MUNICIPAL', 'CENTRAL', 'OTHER');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH');

-- CreateEnum
CREATE TYPE "TourStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProgrammeItem" AS ENUM ('BRIEFING', 'ON_SITE', 'IMMERSIVE', 'EXCHANGE');

-- CreateEnum
CREATE TYPE "DelegationPart" AS ENUM ('HEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RubricStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "SheetStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ProblemStatus" AS ENUM ('OPEN', 'RECTIFYING', 'AWAITING_VERIFICATION', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProblemSeverity" AS ENUM ('MINOR', 'MAJOR', 'SEVERE');

-- CreateEnum
CREATE TYPE "ProblemSource" AS ENUM ('TOUR', 'SELF_REPORT');

-- CreateEnum
CREATE TYPE "ExperienceKind" AS ENUM ('BRAND', 'INNOVATION_CASE', 'HIGHLIGHT_CARD', 'CHARACTERISTIC_SECTION');

-- CreateEnum
CREATE TYPE "SelectionCategory" AS ENUM ('UNIT', 'PROJECT', 'SITE');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REPORT_RETURNED', 'REPORT_ACCEPTED', 'PROBLEM_ASSIGNED', 'PROBLEM_OVERDUE', 'TOUR_PUBLISHED');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "enterpriseId" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionsValidFrom" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "totpSecret" TEXT,
    "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "goals" TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "PhaseStatus" NOT NULL DEFAULT 'PLANNED',
    "scoreMethod" "ScoreMethod" NOT NULL DEFAULT 'TRIMMED_MEAN',
    "trimMinScorers" INTEGER NOT NULL DEFAULT 5,
    "tierMode" "TierMode" NOT NULL DEFAULT 'THRESHOLD',
    "disagreementThreshold" DECIMAL(5,2) NOT NULL DEFAULT 8,
    "excludeOwnEnterprise" BOOLEAN NOT NULL DEFAULT false,
    "travelMinutes" INTEGER NOT NULL DEFAULT 15,
    "selfReportDeadline" TIMESTAMPTZ(3),
    "resultsPublishedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseTier" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "minScore" DECIMAL(6,2),
    "quotaPercent" DECIMAL(5,2),

    CONSTRAINT "PhaseTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "category" "EnterpriseCategory" NOT NULL,
    "countsTowardAssetTarget" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOrganization" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "name" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartyOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" SERIAL NOT NULL,
    "partyOrganizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "highlights" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tour" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "meetingPoint" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "status" "TourStatus" NOT NULL DEFAULT 'DRAFT',
    "cancelReason" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourStop" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "arriveAt" TIMESTAMPTZ(3) NOT NULL,
    "departAt" TIMESTAMPTZ(3) NOT NULL,
    "programme" "ProgrammeItem"[],

    CONSTRAINT "TourStop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "part" "DelegationPart" NOT NULL DEFAULT 'MEMBER',
    "isScoring" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourGuest" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TourGuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Remark" (
    "id" SERIAL NOT NULL,
    "stopId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "guestId" INTEGER,
    "recordedById" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Remark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitSlot" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitSignup" (
    "id" SERIAL NOT NULL,
    "slotId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VisitSignup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rubric" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "RubricStatus" NOT NULL DEFAULT 'DRAFT',
    "activatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricCategory" (
    "id" SERIAL NOT NULL,
    "rubricId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "RubricCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricItem" (
    "id" SERIAL NOT NULL,
    "rubricId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "maxPoints" DECIMAL(5,1) NOT NULL,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "RubricItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" SERIAL NOT NULL,
    "stopId" INTEGER NOT NULL,
    "scorerId" INTEGER NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "partyOrganizationId" INTEGER NOT NULL,
    "rubricId" INTEGER NOT NULL,
    "status" "SheetStatus" NOT NULL DEFAULT 'DRAFT',
    "total" DECIMAL(6,1) NOT NULL DEFAULT 0,
    "comment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemScore" (
    "sheetId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "score" DECIMAL(5,1) NOT NULL,
    "maxPoints" DECIMAL(5,1) NOT NULL,

    CONSTRAINT "ItemScore_pkey" PRIMARY KEY ("sheetId","itemId")
);

-- CreateTable
CREATE TABLE "ScoreSheetRevision" (
    "id" SERIAL NOT NULL,
    "sheetId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "SheetStatus" NOT NULL,
    "total" DECIMAL(6,1) NOT NULL,
    "scores" JSONB NOT NULL,
    "comment" TEXT NOT NULL,
    "reason" TEXT,
    "changedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreSheetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfReport" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "workDone" TEXT NOT NULL DEFAULT '',
    "highlights" TEXT NOT NULL DEFAULT '',
    "problemsFound" TEXT NOT NULL DEFAULT '',
    "rectificationPlan" TEXT NOT NULL DEFAULT '',
    "experience" TEXT NOT NULL DEFAULT '',
    "brands" JSONB NOT NULL DEFAULT '[]',
    "innovationCases" JSONB NOT NULL DEFAULT '[]',
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "editVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSubmittedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SelfReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfReportVersion" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "submittedById" INTEGER NOT NULL,

    CONSTRAINT "SelfReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfReportReview" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '{}',
    "reviewerId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfReportReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfScore" (
    "reportId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "score" DECIMAL(5,1) NOT NULL,

    CONSTRAINT "SelfScore_pkey" PRIMARY KEY ("reportId","itemId")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "partyOrganizationId" INTEGER NOT NULL,
    "rubricItemId" INTEGER,
    "source" "ProblemSource" NOT NULL,
    "stopId" INTEGER,
    "selfReportId" INTEGER,
    "description" TEXT NOT NULL,
    "severity" "ProblemSeverity" NOT NULL,
    "owner" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "ProblemStatus" NOT NULL DEFAULT 'OPEN',
    "recurrenceOfId" INTEGER,
    "closedAt" TIMESTAMPTZ(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemEvent" (
    "id" SERIAL NOT NULL,
    "problemId" INTEGER NOT NULL,
    "fromStatus" "ProblemStatus",
    "toStatus" "ProblemStatus" NOT NULL,
    "comment" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProblemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperienceEntry" (
    "id" SERIAL NOT NULL,
    "kind" "ExperienceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "partyOrganizationId" INTEGER NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "tags" TEXT[],
    "promoted" BOOLEAN NOT NULL DEFAULT false,
    "promotedAt" TIMESTAMPTZ(3),
    "promotedById" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExperienceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemonstrationSelection" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "category" "SelectionCategory" NOT NULL,
    "slot" INTEGER NOT NULL,
    "partyOrganizationId" INTEGER,
    "experienceEntryId" INTEGER,
    "siteId" INTEGER,
    "reason" TEXT NOT NULL,
    "selectedById" INTEGER NOT NULL,
    "selectedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemonstrationSelection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetFigure" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "totalAssets" DECIMAL(14,2) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "filedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssetFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetFigureRevision" (
    "id" SERIAL NOT NULL,
    "figureId" INTEGER NOT NULL,
    "previousValue" DECIMAL(14,2) NOT NULL,
    "newValue" DECIMAL(14,2) NOT NULL,
    "changedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetFigureRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetTarget" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssetTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "selfReportId" INTEGER,
    "problemEventId" INTEGER,
    "siteId" INTEGER,
    "experienceEntryId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_enterpriseId_idx" ON "User"("enterpriseId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_ip_createdAt_idx" ON "LoginAttempt"("username", "ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_year_key" ON "Campaign"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_campaignId_kind_key" ON "Phase"("campaignId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_campaignId_sequence_key" ON "Phase"("campaignId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseTier_phaseId_rank_key" ON "PhaseTier"("phaseId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseTier_phaseId_name_key" ON "PhaseTier"("phaseId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_name_key" ON "Enterprise"("name");

-- CreateIndex
CREATE INDEX "PartyOrganization_parentId_idx" ON "PartyOrganization"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyOrganization_id_enterpriseId_key" ON "PartyOrganization"("id", "enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyOrganization_enterpriseId_name_key" ON "PartyOrganization"("enterpriseId", "name");

-- CreateIndex
CREATE INDEX "Site_partyOrganizationId_idx" ON "Site"("partyOrganizationId");

-- CreateIndex
CREATE INDEX "Tour_phaseId_startsAt_idx" ON "Tour"("phaseId", "startsAt");

-- CreateIndex
CREATE INDEX "Tour_status_startsAt_idx" ON "Tour"("status", "startsAt");

-- CreateIndex
CREATE INDEX "TourStop_siteId_arriveAt_idx" ON "TourStop"("siteId", "arriveAt");

-- CreateIndex
CREATE UNIQUE INDEX "TourStop_tourId_sequence_key" ON "TourStop"("tourId", "sequence");

-- CreateIndex
CREATE INDEX "DelegationMember_userId_idx" ON "DelegationMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_tourId_userId_key" ON "DelegationMember"("tourId", "userId");

-- CreateIndex
CREATE INDEX "TourGuest_tourId_idx" ON "TourGuest"("tourId");

-- CreateIndex
CREATE INDEX "Remark_stopId_idx" ON "Remark"("stopId");

-- CreateIndex
CREATE INDEX "Remark_createdAt_idx" ON "Remark"("createdAt");

-- CreateIndex
CREATE INDEX "VisitSlot_phaseId_startsAt_idx" ON "VisitSlot"("phaseId", "startsAt");

-- CreateIndex
CREATE INDEX "VisitSignup_slotId_status_createdAt_idx" ON "VisitSignup"("slotId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VisitSignup_slotId_userId_key" ON "VisitSignup"("slotId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rubric_phaseId_version_key" ON "Rubric"("phaseId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "RubricCategory_rubricId_sequence_key" ON "RubricCategory"("rubricId", "sequence");

-- CreateIndex
CREATE INDEX "RubricItem_categoryId_idx" ON "RubricItem"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "RubricItem_rubricId_sequence_key" ON "RubricItem"("rubricId", "sequence");

-- CreateIndex
CREATE INDEX "ScoreSheet_phaseId_status_partyOrganizationId_idx" ON "ScoreSheet"("phaseId", "status", "partyOrganizationId");

-- CreateIndex
CREATE INDEX "ScoreSheet_scorerId_idx" ON "ScoreSheet"("scorerId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_stopId_scorerId_key" ON "ScoreSheet"("stopId", "scorerId");

-- CreateIndex
CREATE INDEX "ItemScore_itemId_idx" ON "ItemScore"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheetRevision_sheetId_version_key" ON "ScoreSheetRevision"("sheetId", "version");

-- CreateIndex
CREATE INDEX "SelfReport_phaseId_status_idx" ON "SelfReport"("phaseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SelfReport_enterpriseId_phaseId_key" ON "SelfReport"("enterpriseId", "phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfReportVersion_reportId_version_key" ON "SelfReportVersion"("reportId", "version");

-- CreateIndex
CREATE INDEX "SelfReportReview_reportId_idx" ON "SelfReportReview"("reportId");

-- CreateIndex
CREATE INDEX "Problem_enterpriseId_status_idx" ON "Problem"("enterpriseId", "status");

-- CreateIndex
CREATE INDEX "Problem_status_deadline_idx" ON "Problem"("status", "deadline");

-- CreateIndex
CREATE INDEX "Problem_phaseId_idx" ON "Problem"("phaseId");

-- CreateIndex
CREATE INDEX "Problem_partyOrganizationId_idx" ON "Problem"("partyOrganizationId");

-- CreateIndex
CREATE INDEX "ProblemEvent_problemId_createdAt_idx" ON "ProblemEvent"("problemId", "createdAt");

-- CreateIndex
CREATE INDEX "ExperienceEntry_kind_promoted_idx" ON "ExperienceEntry"("kind", "promoted");

-- CreateIndex
CREATE INDEX "ExperienceEntry_phaseId_idx" ON "ExperienceEntry"("phaseId");

-- CreateIndex
CREATE INDEX "ExperienceEntry_partyOrganizationId_idx" ON "ExperienceEntry"("partyOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DemonstrationSelection_phaseId_category_slot_key" ON "DemonstrationSelection"("phaseId", "category", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "DemonstrationSelection_phaseId_partyOrganizationId_key" ON "DemonstrationSelection"("phaseId", "partyOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DemonstrationSelection_phaseId_experienceEntryId_key" ON "DemonstrationSelection"("phaseId", "experienceEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "DemonstrationSelection_phaseId_siteId_key" ON "DemonstrationSelection"("phaseId", "siteId");

-- CreateIndex
CREATE INDEX "AssetFigure_month_idx" ON "AssetFigure"("month");

-- CreateIndex
CREATE UNIQUE INDEX "AssetFigure_enterpriseId_month_key" ON "AssetFigure"("enterpriseId", "month");

-- CreateIndex
CREATE INDEX "AssetFigureRevision_figureId_idx" ON "AssetFigureRevision"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetTarget_year_key" ON "AssetTarget"("year");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_selfReportId_idx" ON "StoredFile"("selfReportId");

-- CreateIndex
CREATE INDEX "StoredFile_problemEventId_idx" ON "StoredFile"("problemEventId");

-- CreateIndex
CREATE INDEX "StoredFile_siteId_idx" ON "StoredFile"("siteId");

-- CreateIndex
CREATE INDEX "StoredFile_experienceEntryId_idx" ON "StoredFile"("experienceEntryId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseTier" ADD CONSTRAINT "PhaseTier_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_parentId_enterpriseId_fkey" FOREIGN KEY ("parentId", "enterpriseId") REFERENCES "PartyOrganization"("id", "enterpriseId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourStop" ADD CONSTRAINT "TourStop_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourStop" ADD CONSTRAINT "TourStop_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourGuest" ADD CONSTRAINT "TourGuest_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TourStop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_guestId_fkey" FOREIGN KEY ("guestId") REFERENCES "TourGuest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSignup" ADD CONSTRAINT "VisitSignup_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "VisitSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSignup" ADD CONSTRAINT "VisitSignup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rubric" ADD CONSTRAINT "Rubric_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricCategory" ADD CONSTRAINT "RubricCategory_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricItem" ADD CONSTRAINT "RubricItem_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricItem" ADD CONSTRAINT "RubricItem_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "RubricCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TourStop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_scorerId_fkey" FOREIGN KEY ("scorerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemScore" ADD CONSTRAINT "ItemScore_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemScore" ADD CONSTRAINT "ItemScore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RubricItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheetRevision" ADD CONSTRAINT "ScoreSheetRevision_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheetRevision" ADD CONSTRAINT "ScoreSheetRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReport" ADD CONSTRAINT "SelfReport_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReport" ADD CONSTRAINT "SelfReport_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportVersion" ADD CONSTRAINT "SelfReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SelfReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportVersion" ADD CONSTRAINT "SelfReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportReview" ADD CONSTRAINT "SelfReportReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SelfReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfReportReview" ADD CONSTRAINT "SelfReportReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SelfReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfScore" ADD CONSTRAINT "SelfScore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RubricItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_rubricItemId_fkey" FOREIGN KEY ("rubricItemId") REFERENCES "RubricItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TourStop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_selfReportId_fkey" FOREIGN KEY ("selfReportId") REFERENCES "SelfReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_recurrenceOfId_fkey" FOREIGN KEY ("recurrenceOfId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEvent" ADD CONSTRAINT "ProblemEvent_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEvent" ADD CONSTRAINT "ProblemEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperienceEntry" ADD CONSTRAINT "ExperienceEntry_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperienceEntry" ADD CONSTRAINT "ExperienceEntry_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperienceEntry" ADD CONSTRAINT "ExperienceEntry_promotedById_fkey" FOREIGN KEY ("promotedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperienceEntry" ADD CONSTRAINT "ExperienceEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_experienceEntryId_fkey" FOREIGN KEY ("experienceEntryId") REFERENCES "ExperienceEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_selectedById_fkey" FOREIGN KEY ("selectedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetFigure" ADD CONSTRAINT "AssetFigure_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetFigure" ADD CONSTRAINT "AssetFigure_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetFigureRevision" ADD CONSTRAINT "AssetFigureRevision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "AssetFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetFigureRevision" ADD CONSTRAINT "AssetFigureRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_selfReportId_fkey" FOREIGN KEY ("selfReportId") REFERENCES "SelfReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_problemEventId_fkey" FOREIGN KEY ("problemEventId") REFERENCES "ProblemEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_experienceEntryId_fkey" FOREIGN KEY ("experienceEntryId") REFERENCES "ExperienceEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
