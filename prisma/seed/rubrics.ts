import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, RubricStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { PhaseRef } from "./campaign";
import { findInserted, required } from "./lookup";
import { chinaTime } from "./time";

/** 评分细则: six categories, twelve items, 100 points. Every phase starts from the same text. */
const CATEGORIES = [
  {
    name: "组织体系",
    items: [
      {
        title: "组织设置与按期换届",
        maxPoints: 10,
        guidance: "党组织按期换届；支部设置与生产经营单元相匹配，做到“支部建在车间、建在项目上”。",
      },
      {
        title: "组织生活制度执行",
        maxPoints: 8,
        guidance: "“三会一课”、主题党日、组织生活会、民主评议党员等制度落实，记录规范。",
      },
    ],
  },
  {
    name: "阵地建设",
    items: [
      { title: "党建阵地建设", maxPoints: 10, guidance: "党员活动室、车间“学习角”等阵地的数量、布局与标准化水平。" },
      { title: "阵地使用成效", maxPoints: 6, guidance: "阵地应用频率、活动台账，阵地服务生产经营和职工群众的实效。" },
    ],
  },
  {
    name: "党建品牌",
    items: [
      { title: "品牌创建", maxPoints: 10, guidance: "支部党建品牌定位清晰、内涵鲜明，与企业主业和文化相结合。" },
      { title: "品牌影响力", maxPoints: 6, guidance: "品牌在系统内外的宣传推广、复制借鉴和获得的表彰。" },
    ],
  },
  {
    name: "党建与业务融合",
    items: [
      {
        title: "前置研究与议事清单",
        maxPoints: 10,
        guidance: "“重大经营事项”列入支部议事规则和议事清单，发挥党组织前置作用。",
      },
      {
        title: "融合载体与机制",
        maxPoints: 12,
        guidance: "党员责任区、示范岗、攻坚队等融合载体，破解党建与业务“两张皮”。",
      },
    ],
  },
  {
    name: "党员教育管理",
    items: [
      {
        title: "党员教育培训",
        maxPoints: 8,
        guidance: "学习教育形式多样，运用沉浸式体验、数字化平台等手段，覆盖全体党员。",
      },
      { title: "党员作用发挥", maxPoints: 8, guidance: "党员挂点班组、帮扶群众、承诺践诺，在急难险重任务中当先锋。" },
    ],
  },
  {
    name: "成效与示范作用",
    items: [
      { title: "工作成效", maxPoints: 7, guidance: "党建工作与生产经营指标同步提升，有可量化的业绩成果。" },
      { title: "示范带动", maxPoints: 5, guidance: "形成可复制、可推广的经验做法，对系统内其他单位有示范作用。" },
    ],
  },
] as const;

const RUBRICS: readonly { phase: PhaseKind; title: string; status: RubricStatus; activatedAt?: string }[] = [
  { phase: "INTERNAL", title: "内部观摩评分细则", status: "ACTIVE", activatedAt: "2022-03-10T09:00" },
  { phase: "CROSS", title: "交叉观摩评分细则", status: "ACTIVE", activatedAt: "2022-07-05T09:00" },
  { phase: "DEMONSTRATION", title: "示范观摩评分细则", status: "DRAFT" },
];

export interface RubricItemRef {
  id: number;
  /** 1-based position in the rubric, as the seed data names items. */
  sequence: number;
  /** The item's maximum in half points: scores move in steps of 0.5, so the seed counts halves. */
  maxHalves: number;
}

export interface RubricRef {
  id: number;
  items: readonly RubricItemRef[];
}

/** The item at a 1-based position, as the seed data names items. */
export function rubricItem(rubric: RubricRef, sequence: number): RubricItemRef {
  const item = rubric.items.find((candidate) => candidate.sequence === sequence);
  if (!item) throw new Error(`Seed data names rubric item ${sequence}, which does not exist`);
  return item;
}

export async function seedRubrics(tx: Transaction, phases: ReadonlyMap<PhaseKind, PhaseRef>) {
  const rubrics = new Map<PhaseKind, RubricRef>();
  for (const rubric of RUBRICS) {
    const { id } = await tx.rubric.create({
      data: {
        phaseId: required(phases, rubric.phase).id,
        version: 1,
        title: rubric.title,
        status: rubric.status,
        activatedAt: rubric.activatedAt === undefined ? null : chinaTime(rubric.activatedAt),
      },
    });
    const categoryRows = await tx.rubricCategory.createManyAndReturn({
      data: CATEGORIES.map((category, index) => ({ rubricId: id, name: category.name, sequence: index + 1 })),
    });
    const items = CATEGORIES.flatMap((category) =>
      category.items.map((item) => ({
        ...item,
        categoryId: findInserted(categoryRows, (row) => row.name === category.name, category.name).id,
      })),
    );
    const itemRows = await tx.rubricItem.createManyAndReturn({
      data: items.map((item, index) => ({
        rubricId: id,
        categoryId: item.categoryId,
        title: item.title,
        guidance: item.guidance,
        maxPoints: new Prisma.Decimal(item.maxPoints),
        sequence: index + 1,
      })),
      select: { id: true, sequence: true },
    });
    rubrics.set(rubric.phase, {
      id,
      items: items.map((item, index) => ({
        id: findInserted(itemRows, (row) => row.sequence === index + 1, item.title).id,
        sequence: index + 1,
        maxHalves: item.maxPoints * 2,
      })),
    });
  }
  return rubrics;
}
