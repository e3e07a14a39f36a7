import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/prisma-client";
import { DEMO_PASSWORD, seedAccounts } from "./accounts";
import { seedAssets } from "./assets";
import { CAMPAIGN, CAMPAIGN_YEAR, seedCampaign } from "./campaign";
import { seedEnterprises } from "./enterprises";
import { seedExperience } from "./experience";
import { seedNotifications } from "./notifications";
import { seedProblems } from "./problems";
import { seedRubrics } from "./rubrics";
import { seedScores } from "./scores";
import { seedSelfReports } from "./self-reports";
import { seedSites } from "./sites";
import { seedTours } from "./tours";
import { seedVisits } from "./visits";

/**
 * Loads the demo data of the 2022 campaign: the article's enterprises, tours and remarks, a ranked
 * internal phase, a cross phase under way, self-reports and problems in every state, the experience
 * library and two years of asset figures.
 *
 * All or nothing, and only once: everything is written in one transaction, which does nothing when
 * the 2022 campaign already exists. The data is the same on every run (fixed dates, a seeded PRNG).
 */
export async function seedDemoData(db: Database): Promise<{ seeded: boolean }> {
  // Hashing is deliberately slow; every demo account shares the one hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      // Two seeds started at once queue here; the second then finds the campaign and leaves.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daguanmo:demo-seed'))`;
      if (await tx.campaign.findUnique({ where: { year: CAMPAIGN_YEAR }, select: { id: true } })) {
        return { seeded: false };
      }

      const { enterpriseIds, orgs } = await seedEnterprises(tx);
      const users = await seedAccounts(tx, passwordHash, enterpriseIds);
      const sites = await seedSites(tx, orgs);
      const { campaignId, phases } = await seedCampaign(tx);
      const rubrics = await seedRubrics(tx, phases);
      const { tourIds, stops } = await seedTours(tx, { phases, sites, users });
      await seedScores(tx, { stops, rubrics, users });
      const reportIds = await seedSelfReports(tx, { phases, rubrics, enterpriseIds, users });
      const problemIds = await seedProblems(tx, { stops, orgs, rubrics, reportIds, phases, users });
      await seedExperience(tx, { orgs, phases, users });
      await seedAssets(tx, { enterpriseIds, users });
      await seedNotifications(tx, { users, reportIds, problemIds, tourIds });
      await seedVisits(tx, { phases, sites, users });
      await tx.auditLog.create({
        data: {
          actorId: null,
          actorName: "系统初始化",
          action: "seed",
          entityType: "Campaign",
          entityId: String(campaignId),
          after: { campaign: CAMPAIGN.name, demoData: true },
        },
      });
      return { seeded: true };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
