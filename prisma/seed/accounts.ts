import type { Role } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { EnterpriseKey } from "./enterprises";
import { findInserted, required } from "./lookup";

/** Every demo account shares it; the seed hashes it once. */
export const DEMO_PASSWORD = "Guanmo@2022";

/**
 * People appear by title only: the article's speakers are real, so no account carries their names.
 * A SECRETARY always belongs to an enterprise; leaders and staff belong to none.
 */
interface AccountSeed {
  username: string;
  role: Role;
  displayName: string;
  title: string;
  enterprise?: EnterpriseKey;
}

// One account per line: the data reads as the table it is.
// prettier-ignore
export const SEED_ACCOUNTS = [
  { username: "admin", role: "ADMIN", displayName: "市国资委党建工作人员", title: "市国资委党建工作人员" },
  { username: "leader", role: "LEADER", displayName: "市国资委领导", title: "市国资委党委书记、主任" },
  { username: "leader-deputy1", role: "LEADER", displayName: "市国资委党委副书记", title: "市国资委党委副书记、副主任" },
  { username: "leader-deputy2", role: "LEADER", displayName: "市国资委党委委员", title: "市国资委党委委员、副主任" },
  { username: "secretary", role: "SECRETARY", displayName: "市水务集团党委书记", title: "党委书记", enterprise: "shuiwu" },
  { username: "deputy-shuiwu", role: "SECRETARY", displayName: "市水务集团党委副书记", title: "党委副书记、纪委书记", enterprise: "shuiwu" },
  { username: "observer", role: "SECRETARY", displayName: "交投集团党委书记", title: "党委书记", enterprise: "jiaotou" },
  { username: "sec-chengtou", role: "SECRETARY", displayName: "城投集团党委书记", title: "党委书记", enterprise: "chengtou" },
  { username: "sec-gangtou", role: "SECRETARY", displayName: "港投集团党委书记", title: "党委书记", enterprise: "gangtou" },
  { username: "sec-guotou", role: "SECRETARY", displayName: "国投集团党委书记", title: "党委书记", enterprise: "guotou" },
  { username: "sec-chantou", role: "SECRETARY", displayName: "产投集团党委书记", title: "党委书记", enterprise: "chantou" },
  { username: "sec-desay", role: "SECRETARY", displayName: "德赛集团党委书记", title: "党委书记", enterprise: "desay" },
  { username: "sec-nengtou", role: "SECRETARY", displayName: "能投集团党委书记", title: "党委书记", enterprise: "nengtou" },
  { username: "sec-liangshi", role: "SECRETARY", displayName: "粮食集团党委书记", title: "党委书记", enterprise: "liangshi" },
  { username: "sec-gongdian", role: "SECRETARY", displayName: "惠州供电局党委委员", title: "党委委员、副总经理", enterprise: "gongdian" },
  { username: "sec-yidong", role: "SECRETARY", displayName: "惠州移动党委书记", title: "党委书记", enterprise: "yidong" },
  { username: "sec-dianxin", role: "SECRETARY", displayName: "惠州电信党委书记", title: "党委书记", enterprise: "dianxin" },
  { username: "sec-youzheng", role: "SECRETARY", displayName: "惠州邮政党委书记", title: "党委书记", enterprise: "youzheng" },
  { username: "sec-shihua", role: "SECRETARY", displayName: "惠州石化党委书记", title: "党委书记", enterprise: "shihua" },
  { username: "sec-liantong", role: "SECRETARY", displayName: "惠州联通党委书记", title: "党委书记", enterprise: "liantong" },
  { username: "sec-yancao", role: "SECRETARY", displayName: "惠州烟草党组书记", title: "党组书记、局长", enterprise: "yancao" },
] as const satisfies readonly AccountSeed[];

export type Username = (typeof SEED_ACCOUNTS)[number]["username"];

/** The four accounts the README and the start-up banner promise, one per way of using the platform. */
export const DEMO_ACCOUNTS: readonly { username: Username; description: string }[] = [
  { username: "admin", description: "ADMIN · 市国资委党建工作人员：活动、观摩、审核、问题台账、用户" },
  { username: "leader", description: "LEADER · 市国资委党委书记、主任：看板、排名、资产目标，第一期观摩团团长" },
  { username: "secretary", description: "SECRETARY · 惠州市水务集团有限公司党委书记：自查报告、整改、资产填报" },
  { username: "observer", description: "SECRETARY · 惠州市交通投资集团有限公司党委书记：交叉观摩评分成员" },
];

export async function seedAccounts(
  tx: Transaction,
  passwordHash: string,
  enterpriseIds: ReadonlyMap<EnterpriseKey, number>,
) {
  const accounts: readonly AccountSeed[] = SEED_ACCOUNTS;
  const rows = await tx.user.createManyAndReturn({
    data: accounts.map((account) => ({
      username: account.username,
      displayName: account.displayName,
      title: account.title,
      role: account.role,
      passwordHash,
      enterpriseId: account.enterprise === undefined ? null : required(enterpriseIds, account.enterprise),
    })),
    select: { id: true, username: true },
  });
  return new Map<Username, number>(
    SEED_ACCOUNTS.map((account) => [
      account.username,
      findInserted(rows, (row) => row.username === account.username, account.username).id,
    ]),
  );
}
