import { z } from "zod";
import { idField, wholeNumberField } from "@/lib/actions/number-fields";

const id = idField();

/** The largest slot staff may open; a site's own capacity is checked against the row. */
export const MAX_SLOT_CAPACITY = 500;

/** "2022-10-12" + "09:30", read as the time in 惠州 (UTC+8, no daylight saving). */
export function chinaInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

const slotFields = {
  siteId: idField("请选择观摩点"),
  date: z
    .string({ error: "请填写日期" })
    .refine(
      (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
      "请填写日期",
    ),
  startTime: z.string({ error: "请填写开始时间" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "请填写开始时间"),
  endTime: z.string({ error: "请填写结束时间" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "请填写结束时间"),
  capacity: wholeNumberField({
    message: "请填写名额",
    wholeMessage: "名额须为整数",
    min: 1,
    minMessage: "名额至少为 1",
    max: MAX_SLOT_CAPACITY,
    maxMessage: `名额最多 ${MAX_SLOT_CAPACITY}`,
  }),
  note: z.string().trim().max(200, "说明最多 200 字").default(""),
};

type SlotFields = { date: string; startTime: string; endTime: string };

function endAfterStart(value: SlotFields, ctx: z.RefinementCtx) {
  if (value.endTime <= value.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "结束时间须晚于开始时间" });
  }
}

function toInstants<T extends SlotFields>({ date, startTime, endTime, ...rest }: T) {
  return { ...rest, startsAt: chinaInstant(date, startTime), endsAt: chinaInstant(date, endTime) };
}

export const createSlotSchema = z
  .object({ phaseId: id, ...slotFields })
  .superRefine(endAfterStart)
  .transform(toInstants);

export const updateSlotSchema = z
  .object({ slotId: id, ...slotFields })
  .superRefine(endAfterStart)
  .transform(toInstants);

export const cancelSlotSchema = z.object({
  slotId: id,
  reason: z.string({ error: "请填写取消原因" }).trim().min(2, "请填写取消原因").max(200, "原因最多 200 字"),
});

export const deleteSlotSchema = z.object({ slotId: id });

export const signUpSchema = z.object({ slotId: id });

export const cancelSignupSchema = z.object({ signupId: id });
