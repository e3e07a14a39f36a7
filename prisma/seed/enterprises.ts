import type { EnterpriseCategory } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import { findInserted, required } from "./lookup";

/**
 * The observed units of the article: nine 市属企业 (seven named in the article, two invented but
 * plausible), six 驻惠央企 (five named, 惠州联通 added) and 惠州烟草.
 *
 * Each enterprise's party organisation tree is written flat: the root 党委/党组 is implied and takes
 * the enterprise's key; general branches (党总支) hang under the root; branches (党支部) hang under
 * the root or a general branch. Only branches carry members, as in real life (党员编入党支部); the
 * member count of a committee or general branch is the sum of the branches below it.
 */
type OrgSeed =
  | { key: string; unit: string; level: "GENERAL_BRANCH" }
  | { key: string; unit: string; level: "BRANCH"; members: number; parent?: string };

interface EnterpriseSeed {
  key: string;
  name: string;
  shortName: string;
  category: EnterpriseCategory;
  /** 党委, or 党组 for 惠州烟草. */
  rootUnit: string;
  orgs: readonly OrgSeed[];
}

// One organisation per line: the data reads as the table it is.
// prettier-ignore
export const ENTERPRISES = [
  { key: "shuiwu", name: "惠州市水务集团有限公司", shortName: "市水务集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "shuiwu-supply", unit: "供水板块党总支", level: "GENERAL_BRANCH" },
    { key: "shuiwu-jiangbei", unit: "江北水厂党支部", level: "BRANCH", members: 28, parent: "shuiwu-supply" },
    { key: "shuiwu-quality", unit: "水质检测中心党支部", level: "BRANCH", members: 19, parent: "shuiwu-supply" },
    { key: "shuiwu-drainage", unit: "排水公司党支部", level: "BRANCH", members: 23 },
    { key: "shuiwu-office", unit: "机关第一党支部", level: "BRANCH", members: 34 },
  ] },
  { key: "jiaotou", name: "惠州市交通投资集团有限公司", shortName: "交投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "jiaotou-transit", unit: "客运板块党总支", level: "GENERAL_BRANCH" },
    { key: "jiaotou-station", unit: "汽车总站党支部", level: "BRANCH", members: 31, parent: "jiaotou-transit" },
    { key: "jiaotou-bus", unit: "公交公司第一党支部", level: "BRANCH", members: 42, parent: "jiaotou-transit" },
    { key: "jiaotou-works", unit: "工程建设党总支", level: "GENERAL_BRANCH" },
    { key: "jiaotou-highway", unit: "高速公路项目党支部", level: "BRANCH", members: 26, parent: "jiaotou-works" },
    { key: "jiaotou-office", unit: "机关党支部", level: "BRANCH", members: 38 },
  ] },
  { key: "chengtou", name: "惠州市城市建设投资集团有限公司", shortName: "城投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "chengtou-projects", unit: "项目建设党总支", level: "GENERAL_BRANCH" },
    { key: "chengtou-housing", unit: "安置房项目党支部", level: "BRANCH", members: 17, parent: "chengtou-projects" },
    { key: "chengtou-renewal", unit: "城市更新项目党支部", level: "BRANCH", members: 21, parent: "chengtou-projects" },
    { key: "chengtou-property", unit: "物业公司党支部", level: "BRANCH", members: 24 },
    { key: "chengtou-office", unit: "机关党支部", level: "BRANCH", members: 29 },
  ] },
  { key: "gangtou", name: "惠州市港口投资集团有限公司", shortName: "港投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "gangtou-port", unit: "荃湾港区党支部", level: "BRANCH", members: 22 },
    { key: "gangtou-logistics", unit: "港务物流党支部", level: "BRANCH", members: 15 },
    { key: "gangtou-office", unit: "机关党支部", level: "BRANCH", members: 18 },
  ] },
  { key: "guotou", name: "惠州市国有资本投资集团有限公司", shortName: "国投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "guotou-operations", unit: "投资运营党支部", level: "BRANCH", members: 19 },
    { key: "guotou-finance", unit: "金融服务党支部", level: "BRANCH", members: 14 },
    { key: "guotou-office", unit: "机关党支部", level: "BRANCH", members: 26 },
  ] },
  { key: "chantou", name: "惠州市产业投资集团有限公司", shortName: "产投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "chantou-park", unit: "产业园区党支部", level: "BRANCH", members: 16 },
    { key: "chantou-venture", unit: "创投公司党支部", level: "BRANCH", members: 11 },
    { key: "chantou-office", unit: "机关党支部", level: "BRANCH", members: 21 },
  ] },
  { key: "desay", name: "广东德赛集团有限公司", shortName: "德赛集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "desay-manufacturing", unit: "制造板块党总支", level: "GENERAL_BRANCH" },
    { key: "desay-plant1", unit: "德赛工业园第一党支部", level: "BRANCH", members: 35, parent: "desay-manufacturing" },
    { key: "desay-plant2", unit: "德赛工业园第二党支部", level: "BRANCH", members: 29, parent: "desay-manufacturing" },
    { key: "desay-research", unit: "研发中心党支部", level: "BRANCH", members: 27 },
    { key: "desay-office", unit: "机关党支部", level: "BRANCH", members: 23 },
  ] },
  { key: "nengtou", name: "惠州市能源投资集团有限公司", shortName: "能投集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "nengtou-gas", unit: "燃气公司党支部", level: "BRANCH", members: 24 },
    { key: "nengtou-renewables", unit: "新能源公司党支部", level: "BRANCH", members: 13 },
    { key: "nengtou-office", unit: "机关党支部", level: "BRANCH", members: 15 },
  ] },
  { key: "liangshi", name: "惠州市粮食集团有限公司", shortName: "粮食集团", category: "MUNICIPAL", rootUnit: "党委", orgs: [
    { key: "liangshi-depot", unit: "储备粮库党支部", level: "BRANCH", members: 12 },
    { key: "liangshi-trade", unit: "粮油贸易党支部", level: "BRANCH", members: 9 },
    { key: "liangshi-office", unit: "机关党支部", level: "BRANCH", members: 14 },
  ] },
  { key: "gongdian", name: "广东电网有限责任公司惠州供电局", shortName: "惠州供电局", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "gongdian-substation", unit: "变电管理所党总支", level: "GENERAL_BRANCH" },
    { key: "gongdian-operation", unit: "变电运行党支部", level: "BRANCH", members: 33, parent: "gongdian-substation" },
    { key: "gongdian-maintenance", unit: "变电检修党支部", level: "BRANCH", members: 28, parent: "gongdian-substation" },
    { key: "gongdian-service", unit: "客户服务中心党支部", level: "BRANCH", members: 41 },
    { key: "gongdian-huicheng", unit: "惠城供电局党支部", level: "BRANCH", members: 39 },
    { key: "gongdian-office", unit: "机关第一党支部", level: "BRANCH", members: 36 },
  ] },
  { key: "yidong", name: "中国移动通信集团广东有限公司惠州分公司", shortName: "惠州移动", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "yidong-network", unit: "网络部党支部", level: "BRANCH", members: 32 },
    { key: "yidong-market", unit: "市场经营部党支部", level: "BRANCH", members: 27 },
    { key: "yidong-government", unit: "政企客户部党支部", level: "BRANCH", members: 24 },
    { key: "yidong-huicheng", unit: "惠城分公司党支部", level: "BRANCH", members: 19 },
  ] },
  { key: "dianxin", name: "中国电信股份有限公司惠州分公司", shortName: "惠州电信", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "dianxin-cloud", unit: "云网运营党支部", level: "BRANCH", members: 26 },
    { key: "dianxin-government", unit: "政企党支部", level: "BRANCH", members: 21 },
    { key: "dianxin-office", unit: "机关党支部", level: "BRANCH", members: 18 },
  ] },
  { key: "youzheng", name: "中国邮政集团有限公司惠州市分公司", shortName: "惠州邮政", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "youzheng-delivery", unit: "寄递事业部党支部", level: "BRANCH", members: 29 },
    { key: "youzheng-huicheng", unit: "惠城区分公司党支部", level: "BRANCH", members: 22 },
    { key: "youzheng-office", unit: "机关党支部", level: "BRANCH", members: 17 },
  ] },
  { key: "shihua", name: "中国石油化工股份有限公司广东惠州石油分公司", shortName: "惠州石化", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "shihua-retail", unit: "零售管理党总支", level: "GENERAL_BRANCH" },
    { key: "shihua-huicheng", unit: "惠城片区加油站党支部", level: "BRANCH", members: 18, parent: "shihua-retail" },
    { key: "shihua-dayawan", unit: "大亚湾片区加油站党支部", level: "BRANCH", members: 14, parent: "shihua-retail" },
    { key: "shihua-depot", unit: "油库党支部", level: "BRANCH", members: 16 },
    { key: "shihua-office", unit: "机关党支部", level: "BRANCH", members: 19 },
  ] },
  { key: "liantong", name: "中国联合网络通信有限公司惠州市分公司", shortName: "惠州联通", category: "CENTRAL", rootUnit: "党委", orgs: [
    { key: "liantong-network", unit: "网络党支部", level: "BRANCH", members: 21 },
    { key: "liantong-market", unit: "市场党支部", level: "BRANCH", members: 17 },
    { key: "liantong-office", unit: "机关党支部", level: "BRANCH", members: 12 },
  ] },
  { key: "yancao", name: "惠州市烟草专卖局（公司）", shortName: "惠州烟草", category: "OTHER", rootUnit: "党组", orgs: [
    { key: "yancao-logistics", unit: "物流配送中心党支部", level: "BRANCH", members: 38 },
    { key: "yancao-marketing", unit: "营销中心党支部", level: "BRANCH", members: 26 },
    { key: "yancao-monopoly", unit: "专卖监督管理党总支", level: "GENERAL_BRANCH" },
    { key: "yancao-inspection", unit: "专卖稽查党支部", level: "BRANCH", members: 21, parent: "yancao-monopoly" },
    { key: "yancao-huicheng", unit: "惠城区局（营销部）党支部", level: "BRANCH", members: 24, parent: "yancao-monopoly" },
    { key: "yancao-office", unit: "机关党支部", level: "BRANCH", members: 31 },
  ] },
] as const satisfies readonly EnterpriseSeed[];

export type EnterpriseKey = (typeof ENTERPRISES)[number]["key"];
/** A party organisation: an enterprise key names its root 党委/党组. */
export type OrgKey = EnterpriseKey | (typeof ENTERPRISES)[number]["orgs"][number]["key"];

export interface OrgRef {
  id: number;
  enterpriseId: number;
}

interface PlannedOrg {
  key: OrgKey;
  parentKey: OrgKey | null;
  /** 0 for the root, 1 under the root, 2 under a general branch. */
  depth: number;
  name: string;
  level: "COMMITTEE" | "GENERAL_BRANCH" | "BRANCH";
  memberCount: number;
  sortOrder: number;
}

function branchMembers(orgs: readonly OrgSeed[], belongs: (branch: { parent?: string }) => boolean): number {
  return orgs.reduce((sum, org) => sum + (org.level === "BRANCH" && belongs(org) ? org.members : 0), 0);
}

function planTree(enterprise: EnterpriseSeed): PlannedOrg[] {
  const root: PlannedOrg = {
    key: enterprise.key as OrgKey,
    parentKey: null,
    depth: 0,
    name: `${enterprise.name}${enterprise.rootUnit}`,
    level: "COMMITTEE",
    memberCount: branchMembers(enterprise.orgs, () => true),
    sortOrder: 0,
  };
  const below = enterprise.orgs.map((org, index): PlannedOrg => {
    const parentKey = org.level === "BRANCH" && org.parent !== undefined ? org.parent : enterprise.key;
    return {
      key: org.key as OrgKey,
      parentKey: parentKey as OrgKey,
      depth: parentKey === enterprise.key ? 1 : 2,
      // Branch names carry the short name so that a ranking across enterprises reads on its own.
      name: `${enterprise.shortName}${org.unit}`,
      level: org.level,
      memberCount:
        org.level === "BRANCH" ? org.members : branchMembers(enterprise.orgs, (branch) => branch.parent === org.key),
      sortOrder: index + 1,
    };
  });
  return [root, ...below];
}

/** Inserts the enterprises, then their trees one depth at a time so every parent exists first. */
export async function seedEnterprises(tx: Transaction) {
  const enterpriseRows = await tx.enterprise.createManyAndReturn({
    data: ENTERPRISES.map((enterprise, index) => ({
      name: enterprise.name,
      shortName: enterprise.shortName,
      category: enterprise.category,
      countsTowardAssetTarget: enterprise.category === "MUNICIPAL",
      sortOrder: index + 1,
    })),
  });
  const enterpriseIds = new Map<EnterpriseKey, number>(
    ENTERPRISES.map((enterprise) => [
      enterprise.key,
      findInserted(enterpriseRows, (row) => row.name === enterprise.name, enterprise.name).id,
    ]),
  );

  const plans = ENTERPRISES.flatMap((enterprise) =>
    planTree(enterprise).map((plan) => ({ plan, enterpriseId: required(enterpriseIds, enterprise.key) })),
  );
  const orgs = new Map<OrgKey, OrgRef>();
  for (const depth of [0, 1, 2]) {
    const atDepth = plans.filter(({ plan }) => plan.depth === depth);
    const rows = await tx.partyOrganization.createManyAndReturn({
      data: atDepth.map(({ plan, enterpriseId }) => ({
        enterpriseId,
        parentId: plan.parentKey === null ? null : required(orgs, plan.parentKey).id,
        name: plan.name,
        level: plan.level,
        memberCount: plan.memberCount,
        sortOrder: plan.sortOrder,
      })),
    });
    for (const { plan, enterpriseId } of atDepth) {
      const row = findInserted(rows, (org) => org.enterpriseId === enterpriseId && org.name === plan.name, plan.name);
      orgs.set(plan.key, { id: row.id, enterpriseId });
    }
  }
  return { enterpriseIds, orgs };
}
