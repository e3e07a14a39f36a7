import { z } from "zod";
import { idField } from "@/lib/actions/number-fields";
import { numberToHalves, STEP_MESSAGE } from "@/lib/scoring/points";

const id = idField();

/**
 * One item's score as the sheet sends it: a JSON number in steps of 0.5 (exact in binary), or
 * null for an item left empty. Strings, NaN and infinities are refused here; the item's own
 * maximum is checked against the rubric in the action, and again by the database's CHECK.
 */
const scoreValueSchema = z
  .number({ error: "分值须为数字" })
  .min(0, "分值不能小于 0")
  .max(100, "分值不能大于 100")
  .refine((value) => numberToHalves(value) !== null, STEP_MESSAGE)
  .transform((value) => numberToHalves(value)!)
  .nullable();

/** The whole state of a sheet as the scorer sees it, and the version it was based on (0: none yet). */
export const sheetInputSchema = z.object({
  stopId: id,
  baseVersion: z.number({ error: "版本号无效" }).int("版本号无效").min(0, "版本号无效"),
  scores: z
    .record(z.string().regex(/^[1-9]\d{0,9}$/, "评分条目无效"), scoreValueSchema)
    .refine((scores) => Object.keys(scores).length <= 200, "评分条目过多"),
  comment: z.string({ error: "评语无效" }).trim().max(2000, "评语最多 2000 字").default(""),
});

export type SheetInput = z.output<typeof sheetInputSchema>;

export const unlockSheetSchema = z.object({
  sheetId: id,
  version: idField("版本号无效"),
  reason: z.string().trim().min(4, "请写明解锁原因（至少 4 个字）").max(500, "解锁原因最多 500 字"),
});
