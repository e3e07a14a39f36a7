import type { ExperienceKind, PhaseKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import type { PhaseRef } from "./campaign";
import type { OrgKey, OrgRef } from "./enterprises";
import { required } from "./lookup";
import { chinaTime } from "./time";

/**
 * The experience library: the article's 惠州烟草 practices (promoted after the internal phase)
 * and a few entries from other enterprises, some still waiting to be promoted. These are the
 * candidate pool for the demonstration selection.
 */
interface ExperienceSeed {
  kind: ExperienceKind;
  title: string;
  summary: string;
  org: OrgKey;
  phase: PhaseKind;
  tags: readonly string[];
  createdAt: string;
  promotedAt?: string;
}

const ENTRIES: readonly ExperienceSeed[] = [
  {
    kind: "BRAND",
    title: "“五共”党建工作法",
    summary:
      "以生产经营、改革发展中的重点难点任务为突破口融入党建工作内容，推动党务与业务互促互进，全局创立支部党建品牌17个。",
    org: "yancao",
    phase: "INTERNAL",
    tags: ["党建与业务融合", "支部品牌", "惠州烟草"],
    createdAt: "2022-07-05T15:00",
    promotedAt: "2022-07-06T10:00",
  },
  {
    kind: "INNOVATION_CASE",
    title: "党建进车间",
    summary:
      "支部建在车间、党员挂点班组、党员帮扶群众；在自动化生产线旁设立“学习角”，让基层党建从“有形覆盖”向“有效覆盖”转变。",
    org: "yancao-logistics",
    phase: "INTERNAL",
    tags: ["阵地建设", "学习角", "支部建在车间"],
    createdAt: "2022-07-05T15:05",
    promotedAt: "2022-07-06T10:00",
  },
  {
    kind: "INNOVATION_CASE",
    title: "创新数据化载体 打造智能化党建",
    summary: "用数据化平台管理“三会一课”和党员积分，党建工作过程留痕、成效可量化。",
    org: "yancao-marketing",
    phase: "INTERNAL",
    tags: ["智慧党建", "数字化"],
    createdAt: "2022-07-05T15:10",
    promotedAt: "2022-07-06T10:00",
  },
  {
    kind: "INNOVATION_CASE",
    title: "党建向党员零售户、形象店、基层群众“三延伸” 打通区域市场“红色脉络”",
    summary: "党员客户经理联系党员零售户和形象店，把党建触角延伸到区域市场末梢。",
    org: "yancao-marketing",
    phase: "INTERNAL",
    tags: ["党建延伸", "市场营销"],
    createdAt: "2022-07-05T15:15",
  },
  {
    kind: "HIGHLIGHT_CARD",
    title: "物流配送中心“学习角”",
    summary: "在自动化入库、分装设备旁设立学习角，宣讲政策方针、开展业务指导、解决班组困难。",
    org: "yancao-logistics",
    phase: "INTERNAL",
    tags: ["学习角", "有效覆盖"],
    createdAt: "2022-07-05T15:20",
    promotedAt: "2022-07-06T10:00",
  },
  {
    kind: "CHARACTERISTIC_SECTION",
    title: "“6+6党建工作体系”",
    summary: "营销中心党支部以“6+6党建工作体系”统领支部建设，党员活动中心开展沉浸式党员教育。",
    org: "yancao-marketing",
    phase: "INTERNAL",
    tags: ["党建体系", "沉浸式党员教育"],
    createdAt: "2022-07-05T15:25",
    promotedAt: "2022-07-06T10:00",
  },
  {
    kind: "BRAND",
    title: "电网先锋",
    summary: "党员服务队承诺限时响应，党建品牌与供电服务指标挂钩。",
    org: "gongdian-service",
    phase: "INTERNAL",
    tags: ["党员服务队", "供电服务"],
    createdAt: "2022-07-05T15:30",
    promotedAt: "2022-07-08T09:30",
  },
  {
    kind: "HIGHLIGHT_CARD",
    title: "汽车总站“红色驿站”",
    summary: "候车大厅设党员服务岗和红色驿站，春运期间党员突击队服务旅客。",
    org: "jiaotou-station",
    phase: "INTERNAL",
    tags: ["红色驿站", "客运服务"],
    createdAt: "2022-07-05T15:35",
  },
  {
    kind: "BRAND",
    title: "清源先锋",
    summary: "水质检测中心党支部把党建品牌融入水质检测“零差错”目标。",
    org: "shuiwu-quality",
    phase: "INTERNAL",
    tags: ["支部品牌", "水质保障"],
    createdAt: "2022-07-05T15:40",
  },
  {
    kind: "CHARACTERISTIC_SECTION",
    title: "项目一线党建",
    summary: "党旗插在工地上，党员站在节点上：安置房项目党建驿站集学习、议事、群众接待于一体。",
    org: "chengtou-housing",
    phase: "INTERNAL",
    tags: ["项目党建", "党建驿站"],
    createdAt: "2022-07-05T15:45",
  },
  {
    kind: "HIGHLIGHT_CARD",
    title: "“邮路先锋”服务农村电商",
    summary: "党员投递员服务农村电商，党建品牌带动邮政普遍服务。",
    org: "youzheng-delivery",
    phase: "CROSS",
    tags: ["乡村振兴", "邮政服务"],
    createdAt: "2022-07-25T10:00",
  },
  {
    kind: "INNOVATION_CASE",
    title: "支部书记进项目评审会",
    summary: "重大投资项目评审必经支部前置研究，支部书记列席评审。",
    org: "guotou-office",
    phase: "CROSS",
    tags: ["前置研究", "议事清单"],
    createdAt: "2022-08-22T10:00",
  },
];

export async function seedExperience(
  tx: Transaction,
  refs: {
    orgs: ReadonlyMap<OrgKey, OrgRef>;
    phases: ReadonlyMap<PhaseKind, PhaseRef>;
    users: ReadonlyMap<Username, number>;
  },
) {
  const adminId = required(refs.users, "admin");
  await tx.experienceEntry.createMany({
    data: ENTRIES.map((entry) => ({
      kind: entry.kind,
      title: entry.title,
      summary: entry.summary,
      partyOrganizationId: required(refs.orgs, entry.org).id,
      phaseId: required(refs.phases, entry.phase).id,
      tags: [...entry.tags],
      promoted: entry.promotedAt !== undefined,
      promotedAt: entry.promotedAt === undefined ? null : chinaTime(entry.promotedAt),
      promotedById: entry.promotedAt === undefined ? null : adminId,
      createdById: adminId,
      createdAt: chinaTime(entry.createdAt),
    })),
  });
  await seedSelections(tx, refs.phases, adminId, required(refs.orgs, "yancao-logistics").id);
}

/**
 * Two early choices of the demonstration selection, so /demonstration is not empty: the top
 * organisation of the internal phase and the article's own site. The other ten places stay open.
 */
async function seedSelections(
  tx: Transaction,
  phases: ReadonlyMap<PhaseKind, PhaseRef>,
  adminId: number,
  unitOrgId: number,
) {
  const phaseId = required(phases, "DEMONSTRATION").id;
  const site = await tx.site.findFirstOrThrow({ where: { name: "惠州烟草物流配送中心" }, select: { id: true } });
  await tx.demonstrationSelection.createMany({
    data: [
      {
        phaseId,
        category: "UNIT",
        slot: 1,
        partyOrganizationId: unitOrgId,
        reason: "内部观摩排名第一，“党建进车间”做法成熟，支部建在车间、党员挂点班组成效明显。",
        selectedById: adminId,
        selectedAt: chinaTime("2022-08-26T10:00"),
      },
      {
        phaseId,
        category: "SITE",
        slot: 1,
        siteId: site.id,
        reason: "自动化生产线旁的“学习角”是本次观摩的亮点，适合全系统现场学习。",
        selectedById: adminId,
        selectedAt: chinaTime("2022-08-26T10:05"),
      },
    ],
  });
}
