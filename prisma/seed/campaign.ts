import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import { findInserted } from "./lookup";
import { calendarDate, chinaTime } from "./time";

/** The seed does nothing when this campaign exists: it is how a second run knows the first one ran. */
export const CAMPAIGN_YEAR = 2022;

export const CAMPAIGN = {
  year: CAMPAIGN_YEAR,
  name: "2022年市国资系统党建“大观摩”活动",
  goals: ["找差距补短板", "挖亮点推经验", "激活力促提升"],
  description:
    "以开展党建“大观摩”的方式，着力破解国有企业党建工作与生产经营“两张皮”问题，以高质量党建引领高质量发展，" +
    "保障全市国有企业资产总规模突破2500亿元的任务目标顺利实现。活动贯穿全年，分内部观摩、交叉观摩、示范观摩三个阶段进行。",
};

interface PhaseSeed {
  kind: PhaseKind;
  sequence: number;
  name: string;
  startsOn: string;
  endsOn: string;
  status: PhaseStatus;
  excludeOwnEnterprise: boolean;
  selfReportDeadline: string;
  closedAt?: string;
  resultsPublishedAt?: string;
}

/**
 * The demo stands in late August 2022: the internal phase is closed and published, the cross
 * phase is under way, the demonstration phase is planned.
 */
export const PHASES = [
  {
    kind: "INTERNAL",
    sequence: 1,
    name: "内部观摩",
    startsOn: "2022-03-01",
    endsOn: "2022-06-30",
    status: "CLOSED",
    excludeOwnEnterprise: false,
    selfReportDeadline: "2022-06-10T18:00",
    closedAt: "2022-07-01T09:00",
    resultsPublishedAt: "2022-07-05T10:00",
  },
  {
    kind: "CROSS",
    sequence: 2,
    name: "交叉观摩",
    startsOn: "2022-07-01",
    endsOn: "2022-09-30",
    status: "ACTIVE",
    excludeOwnEnterprise: true,
    selfReportDeadline: "2022-08-15T18:00",
  },
  {
    kind: "DEMONSTRATION",
    sequence: 3,
    name: "示范观摩",
    startsOn: "2022-10-01",
    endsOn: "2022-12-31",
    status: "PLANNED",
    excludeOwnEnterprise: true,
    selfReportDeadline: "2022-12-09T18:00",
  },
] as const satisfies readonly PhaseSeed[];

/** The same threshold classification (分类管理) in every phase. */
const TIERS = [
  { name: "好", rank: 1, minScore: "90" },
  { name: "较好", rank: 2, minScore: "80" },
  { name: "一般", rank: 3, minScore: "70" },
  { name: "差", rank: 4, minScore: null },
] as const;

export interface PhaseRef {
  id: number;
  selfReportDeadline: Date;
}

export async function seedCampaign(tx: Transaction) {
  const campaign = await tx.campaign.create({ data: CAMPAIGN });
  const phaseSeeds: readonly PhaseSeed[] = PHASES;
  const phaseRows = await tx.phase.createManyAndReturn({
    data: phaseSeeds.map((phase) => ({
      campaignId: campaign.id,
      kind: phase.kind,
      sequence: phase.sequence,
      name: phase.name,
      startsOn: calendarDate(phase.startsOn),
      endsOn: calendarDate(phase.endsOn),
      status: phase.status,
      excludeOwnEnterprise: phase.excludeOwnEnterprise,
      selfReportDeadline: chinaTime(phase.selfReportDeadline),
      closedAt: phase.closedAt === undefined ? null : chinaTime(phase.closedAt),
      resultsPublishedAt: phase.resultsPublishedAt === undefined ? null : chinaTime(phase.resultsPublishedAt),
    })),
  });
  await tx.phaseTier.createMany({
    data: phaseRows.flatMap((phase) =>
      TIERS.map((tier) => ({
        phaseId: phase.id,
        name: tier.name,
        rank: tier.rank,
        minScore: tier.minScore === null ? null : new Prisma.Decimal(tier.minScore),
      })),
    ),
  });
  const phases = new Map<PhaseKind, PhaseRef>(
    PHASES.map((phase) => [
      phase.kind,
      {
        id: findInserted(phaseRows, (row) => row.kind === phase.kind, phase.name).id,
        selfReportDeadline: chinaTime(phase.selfReportDeadline),
      },
    ]),
  );
  return { campaignId: campaign.id, phases };
}
