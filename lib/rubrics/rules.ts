import { formatHalves, type Halves } from "@/lib/scoring/points";

/** A rubric's items must add up to exactly 100 points (200 halves) before it is used. */
export const RUBRIC_TOTAL_HALVES = 200;

export type ActivationCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a rubric may be activated: it has items, every category has at least one, and the items'
 * maximums add up to exactly 100. The message says what the sum is now, so staff know how far off
 * they are.
 */
export function checkActivation(
  categories: readonly { name: string; itemMaxHalves: readonly Halves[] }[],
): ActivationCheck {
  const all = categories.flatMap((category) => category.itemMaxHalves);
  if (all.length === 0) return { ok: false, message: "细则还没有评分条目，不能启用" };
  const empty = categories.find((category) => category.itemMaxHalves.length === 0);
  if (empty) return { ok: false, message: `类别“${empty.name}”下没有评分条目，请添加条目或删除该类别后再启用` };
  const sum = all.reduce((total, halves) => total + halves, 0);
  if (sum !== RUBRIC_TOTAL_HALVES) {
    return { ok: false, message: `各条目满分合计须为 100 分才能启用，当前合计 ${formatHalves(sum)} 分` };
  }
  return { ok: true };
}

/** Why a rubric may not change, or null when it may. `structural`: points, items or categories. */
export function rubricEditRefusal(
  rubric: { status: "DRAFT" | "ACTIVE" | "RETIRED"; hasSubmittedSheets: boolean },
  structural: boolean,
): string | null {
  if (rubric.hasSubmittedSheets) {
    return "已有评分表按此细则提交，细则不能再修改；请“复制为新版本”，在新版本中修改后启用";
  }
  if (rubric.status === "RETIRED") return "此版本已停用，不能修改；请“复制为新版本”后修改";
  if (rubric.status === "ACTIVE" && structural) {
    return "已启用的细则只能修改文字和顺序；调整分值或增删条目、类别，请“复制为新版本”后修改并启用";
  }
  return null;
}
