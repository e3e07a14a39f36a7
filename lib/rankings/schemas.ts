import { z } from "zod";
import { idField, wholeNumberField } from "@/lib/actions/number-fields";

const id = idField();

/** Up to 3 integer digits and 2 decimals, as the numeric(5|6, 2) columns hold them. */
const DECIMAL_PATTERN = /^\d{1,3}(\.\d{1,2})?$/;

export const MAX_TIERS = 6;

/** A FormData key sent once arrives as a string, sent several times as an array. */
const stringList = z.preprocess(
  (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().trim()),
);

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export type TierInput = { name: string; minScore: string | null; quotaPercent: string | null };
export type TierMode = "THRESHOLD" | "QUOTA";

const blankToNull = (value: string | undefined) => (value === undefined || value === "" ? null : value);

/**
 * The classification rules, as field errors keyed `tier.<index>.<field>` (and `tiers` for the
 * whole list), so the form can show each message beside its box:
 * - 1 to 6 tiers with distinct names;
 * - THRESHOLD: every tier but the last has a minimum score, strictly decreasing from the best
 *   tier down; the last tier takes every score below and has none;
 * - QUOTA: every tier but the last has a share in (0, 100], the shares add up to at most 100;
 *   the last tier takes the rest and has none;
 * - a number given for the other mode is kept (switching modes later reuses it) but must be in range.
 */
export function tierErrors(mode: TierMode, tiers: readonly TierInput[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  if (tiers.length === 0) add("tiers", "至少设置一个档次");
  if (tiers.length > MAX_TIERS) add("tiers", `最多设置 ${MAX_TIERS} 个档次`);

  const seen = new Set<string>();
  tiers.forEach((tier, index) => {
    const last = index === tiers.length - 1;
    if (tier.name === "") add(`tier.${index}.name`, "请填写档次名称");
    else if (tier.name.length > 10) add(`tier.${index}.name`, "档次名称最多 10 个字");
    else if (seen.has(tier.name)) add(`tier.${index}.name`, "档次名称不能重复");
    seen.add(tier.name);

    for (const [field, value] of [
      ["minScore", tier.minScore],
      ["quotaPercent", tier.quotaPercent],
    ] as const) {
      if (value === null) continue;
      if (!DECIMAL_PATTERN.test(value) || Number(value) > 100) {
        add(
          `tier.${index}.${field}`,
          field === "minScore"
            ? "请填写 0 到 100 之间的分数，最多两位小数"
            : "请填写 0 到 100 之间的百分比，最多两位小数",
        );
      } else if (field === "quotaPercent" && Number(value) === 0) {
        add(`tier.${index}.quotaPercent`, "比例须大于 0");
      }
    }

    if (mode === "THRESHOLD") {
      if (last && tier.minScore !== null) add(`tier.${index}.minScore`, "最后一档包含其余所有分数，不设分数线");
      if (!last && tier.minScore === null) add(`tier.${index}.minScore`, "请填写该档的最低分");
    } else {
      if (last && tier.quotaPercent !== null) add(`tier.${index}.quotaPercent`, "最后一档包含其余所有党组织，不设比例");
      if (!last && tier.quotaPercent === null) add(`tier.${index}.quotaPercent`, "请填写该档所占比例");
    }
  });

  if (mode === "THRESHOLD") {
    // Compared in hundredths, as integers, so no float rounding decides a boundary.
    const hundredths = (value: string) => Math.round(Number(value) * 100);
    for (let index = 1; index < tiers.length - 1; index++) {
      const above = tiers[index - 1]!.minScore;
      const current = tiers[index]!.minScore;
      if (above === null || current === null || errors[`tier.${index}.minScore`]) continue;
      if (hundredths(current) >= hundredths(above)) {
        add(`tier.${index}.minScore`, `须低于上一档的 ${above} 分（分数线从高到低严格递减）`);
      }
    }
  } else {
    const shares = tiers.slice(0, -1).map((tier) => tier.quotaPercent);
    if (shares.every((share) => share !== null && DECIMAL_PATTERN.test(share))) {
      const total = shares.reduce((sum, share) => sum + Math.round(Number(share) * 100), 0);
      if (total > 100 * 100) add("tiers", `各档比例合计 ${(total / 100).toFixed(2)}%，不能超过 100%`);
    }
  }
  return errors;
}

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map((entry) =>
    String(entry).trim(),
  );

function tiersOf(value: { tierName?: unknown; tierMinScore?: unknown; tierQuota?: unknown }): TierInput[] {
  const minScores = asList(value.tierMinScore);
  const quotas = asList(value.tierQuota);
  return asList(value.tierName).map((name, index) => ({
    name,
    minScore: blankToNull(minScores[index]),
    quotaPercent: blankToNull(quotas[index]),
  }));
}

export const phaseSettingsSchema = z
  .object({
    phaseId: id,
    /** The phase's updatedAt when the form was opened: a stale form is refused, not applied. */
    updatedAt: z.iso.datetime({ error: "表单已失效，请刷新页面" }),
    scoreMethod: z.enum(["MEAN", "TRIMMED_MEAN"], { error: "请选择计分方法" }),
    trimMinScorers: wholeNumberField({
      message: "请填写整数",
      min: 3,
      minMessage: "至少 3 份：去掉一个最高分和一个最低分后须至少留下 1 份",
      max: 99,
      maxMessage: "最多 99 份",
    }),
    tierMode: z.enum(["THRESHOLD", "QUOTA"], { error: "请选择分类方式" }),
    disagreementThreshold: z
      .string({ error: "请填写分歧阈值" })
      .trim()
      .refine((value) => DECIMAL_PATTERN.test(value) && Number(value) <= 100, "请填写 0 到 100 之间的数，最多两位小数"),
    excludeOwnEnterprise: checkbox,
    tierName: stringList,
    tierMinScore: stringList,
    tierQuota: stringList,
  })
  // Runs even when another field failed, so every message shows at once.
  .superRefine(
    (value, ctx) => {
      if (value.tierMode !== "THRESHOLD" && value.tierMode !== "QUOTA") return;
      for (const [key, messages] of Object.entries(tierErrors(value.tierMode, tiersOf(value)))) {
        for (const message of messages) ctx.addIssue({ code: "custom", path: [key], message });
      }
    },
    { when: () => true },
  )
  .transform(({ tierName, tierMinScore, tierQuota, ...settings }) => ({
    ...settings,
    tiers: tiersOf({ tierName, tierMinScore, tierQuota }),
  }));

export type PhaseSettingsInput = z.output<typeof phaseSettingsSchema>;

export const publishResultsSchema = z.object({ phaseId: id });

export const withdrawResultsSchema = z.object({
  phaseId: id,
  reason: z
    .string({ error: "请填写撤回原因" })
    .trim()
    .min(4, "请写明撤回原因（至少 4 个字）")
    .max(200, "原因最多 200 字"),
});
