-- DropForeignKey
ALTER TABLE "DemonstrationSelection" DROP CONSTRAINT "DemonstrationSelection_experienceEntryId_fkey";

-- AddForeignKey
ALTER TABLE "DemonstrationSelection" ADD CONSTRAINT "DemonstrationSelection_experienceEntryId_fkey" FOREIGN KEY ("experienceEntryId") REFERENCES "ExperienceEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
