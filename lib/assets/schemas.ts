import { z } from "zod";
import { idField, wholeNumberField } from "@/lib/actions/number-fields";
import { chinaToday } from "@/lib/format";
import { monthIndex, parseMonth } from "@/lib/assets/months";

/** Far above any system's total (亿元); catches a value typed in 元 or 万元 by mistake. */
export const MAX_YI = "1000000";

const id = idField();

/**
 * 亿元 with at most two decimals, kept as the typed digits (a string) so it is stored exactly;
 * thousands separators and full-width digits are accepted.
 */
export const yiSchema = z
  .union([z.string(), z.number()], { error: "请填写资产总额" })
  .transform((value) =>
    String(value)
      .trim()
      .replace(/[,，\s]/g, "")
      .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  )
  .pipe(
    z
      .string()
      .min(1, "请填写资产总额")
      .refine((value) => !value.startsWith("-"), "资产总额不能为负数")
      .refine((value) => /^\d+(\.\d+)?$/.test(value), "请填写数字，单位为亿元")
      .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), "最多保留两位小数")
      .refine(
        (value) => Number(value.split(".")[0]) < Number(MAX_YI),
        "数值过大，请确认单位为亿元（应小于 100 万亿元）",
      )
      .transform((value) => {
        const [whole = "0", fraction = ""] = value.split(".");
        return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
      }),
  );

/** A month ("2022-12"), not later than the current month in China. */
export function monthSchema(now: () => Date = () => new Date()) {
  return z
    .string({ error: "请选择月份" })
    .trim()
    .min(1, "请选择月份")
    .transform((value, ctx) => {
      const month = parseMonth(value);
      if (!month) {
        ctx.addIssue({ code: "custom", message: "月份格式应为 2022-12" });
        return z.NEVER;
      }
      if (monthIndex(month) > monthIndex(chinaToday(now()))) {
        ctx.addIssue({ code: "custom", message: "不能填报未来的月份" });
        return z.NEVER;
      }
      return month;
    });
}

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

const figureFields = { month: monthSchema(), totalAssets: yiSchema, correct: checkbox };

/** A secretary's own enterprise comes from the session, never from the form. */
export const fileOwnFigureSchema = z.object(figureFields);

export const fileAnyFigureSchema = z.object({ enterpriseId: id, ...figureFields });

export const saveTargetSchema = z.object({
  year: wholeNumberField({
    message: "请填写年份",
    wholeMessage: "年份应为整数",
    min: 2000,
    minMessage: "年份应在 2000–2100 之间",
    max: 2100,
    maxMessage: "年份应在 2000–2100 之间",
  }),
  amount: yiSchema.refine((value) => Number(value) > 0, "目标金额应大于 0"),
  label: z.string().trim().max(60, "说明最多 60 个字").default(""),
  /** Sent by the "add" form: an existing year is then an error, not a silent overwrite. */
  create: z
    .union([z.literal("true"), z.literal("false"), z.boolean()])
    .optional()
    .transform((value) => value === true || value === "true"),
});

export const deleteTargetSchema = z.object({ targetId: id });
