import { ITEMS_PER_RUBRIC } from "./scale";
import {
  ADMIN_ID,
  CATEGORIES,
  DEPARTMENTS,
  FIRST_SCORER_ID,
  INDUSTRIES,
  LEADER_ID,
  PHASES,
  YEAR,
  day,
  itemId,
  orgEnterprise,
  type GenerationContext,
} from "./generate-shared";

/** Enterprises, party organisations, sites, people, the campaign, phases, tiers and rubrics. */
export async function writeStructure({ scale, layout, random, now, count }: GenerationContext, passwordHash: string) {
  // ── Enterprises, party organisations, sites ──
  await count(
    "Enterprise",
    ["id", "name", "shortName", "category", "countsTowardAssetTarget", "sortOrder", "updatedAt"],
    (function* () {
      for (let e = 1; e <= scale.enterprises; e++) {
        const industry = INDUSTRIES[e % INDUSTRIES.length]!;
        yield [e, `省${industry}第${e}集团有限公司`, `${industry}${e}`, "MUNICIPAL", true, e, now];
      }
    })(),
  );
  await count(
    "PartyOrganization",
    ["id", "enterpriseId", "parentId", "name", "level", "memberCount", "sortOrder", "updatedAt"],
    (function* () {
      for (let id = 1; id <= layout.organizations; id++) {
        const e = orgEnterprise(scale, id);
        const j = (id - 1) % scale.organizationsPerEnterprise;
        const first = id - j;
        const short = `${INDUSTRIES[e % INDUSTRIES.length]}${e}`;
        if (j === 0) yield [id, e, null, `${short}党委`, "COMMITTEE", random.int(200, 2000), j, now];
        else if (j <= 3) yield [id, e, first, `${short}第${j}党总支`, "GENERAL_BRANCH", random.int(50, 300), j, now];
        else
          yield [
            id,
            e,
            first + 1 + (j % 3),
            `${short}${DEPARTMENTS[j % 10]}第${j}党支部`,
            "BRANCH",
            random.int(8, 60),
            j,
            now,
          ];
      }
    })(),
  );
  await count(
    "Site",
    ["id", "partyOrganizationId", "name", "theme", "highlights", "address", "capacity", "updatedAt"],
    (function* () {
      for (let id = 1; id <= layout.organizations; id++) {
        yield [id, id, `观摩点${id}`, "党建进车间", "学习角、党员先锋岗", `省城第${id}号`, random.int(20, 80), now];
      }
    })(),
  );

  // ── People ──
  await count(
    "User",
    ["id", "username", "displayName", "title", "passwordHash", "role", "updatedAt"],
    (function* () {
      yield [ADMIN_ID, "bench-admin", "测评管理员", "党建工作人员", passwordHash, "ADMIN", now];
      yield [LEADER_ID, "bench-leader", "测评领导", "领导班子成员", passwordHash, "LEADER", now];
      for (let s = 0; s < layout.scorers; s++) {
        yield [FIRST_SCORER_ID + s, `scorer-${s + 1}`, `评分员${s + 1}`, "观摩团成员", passwordHash, "LEADER", now];
      }
    })(),
  );

  // ── Campaign, phases, tiers, rubrics ──
  await count(
    "Campaign",
    ["id", "year", "name", "goals", "updatedAt"],
    [
      [
        1,
        YEAR,
        `${YEAR}年省国资系统党建“大观摩”活动（测评数据）`,
        ["找差距补短板", "挖亮点推经验", "激活力促提升"],
        now,
      ],
    ],
  );
  await count(
    "Phase",
    [
      "id",
      "campaignId",
      "kind",
      "sequence",
      "name",
      "startsOn",
      "endsOn",
      "status",
      "excludeOwnEnterprise",
      "closedAt",
      "resultsPublishedAt",
      "updatedAt",
    ],
    PHASES.map((phase, index) => [
      index + 1,
      1,
      phase.kind,
      index + 1,
      phase.name,
      phase.startsOn,
      phase.endsOn,
      phase.status,
      index > 0,
      phase.status === "CLOSED" ? day(phase.endsOn) : null,
      phase.status === "CLOSED" ? day(phase.endsOn) : null,
      now,
    ]),
  );
  await count(
    "PhaseTier",
    ["phaseId", "name", "rank", "minScore"],
    (function* () {
      for (const phase of layout.phaseIds) {
        yield [phase, "好", 1, "90"];
        yield [phase, "较好", 2, "80"];
        yield [phase, "一般", 3, "60"];
        yield [phase, "差", 4, null];
      }
    })(),
  );
  await count(
    "Rubric",
    ["id", "phaseId", "version", "title", "status", "activatedAt"],
    layout.phaseIds.map((phase) => [
      phase,
      phase,
      1,
      `${PHASES[phase - 1]!.name}评分细则`,
      "ACTIVE",
      day(PHASES[phase - 1]!.startsOn),
    ]),
  );
  await count(
    "RubricCategory",
    ["id", "rubricId", "name", "sequence"],
    (function* () {
      for (const phase of layout.phaseIds)
        for (const [c, name] of CATEGORIES.entries())
          yield [(phase - 1) * CATEGORIES.length + c + 1, phase, name, c + 1];
    })(),
  );
  await count(
    "RubricItem",
    ["id", "rubricId", "categoryId", "title", "maxPoints", "sequence"],
    (function* () {
      for (const phase of layout.phaseIds)
        for (let i = 0; i < ITEMS_PER_RUBRIC; i++)
          yield [
            itemId(phase, i),
            phase,
            (phase - 1) * CATEGORIES.length + (i % CATEGORIES.length) + 1,
            `评分条目${i + 1}`,
            "10",
            i + 1,
          ];
    })(),
  );
}
