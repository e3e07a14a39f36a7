import { z } from "zod";
import { idField, wholeNumberField } from "@/lib/actions/number-fields";
import { parseCalendarDate, parseChinaDateTime } from "@/lib/campaign/dates";

const id = idField();

const calendarDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .pipe(z.iso.date({ error: `${label}格式不正确` }))
    .transform(parseCalendarDate);

/** Empty → no deadline. */
const optionalDeadline = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "截止时间格式不正确")
    .transform(parseChinaDateTime)
    .nullable(),
);

export const updatePhaseSchema = z.object({
  phaseId: id,
  name: z.string().trim().min(1, "请填写阶段名称").max(40, "阶段名称最多 40 个字"),
  startsOn: calendarDate("开始日期"),
  endsOn: calendarDate("结束日期"),
  selfReportDeadline: optionalDeadline,
  travelMinutes: wholeNumberField({
    message: "请填写分钟数",
    wholeMessage: "请填写整数分钟",
    min: 0,
    minMessage: "不能少于 0 分钟",
    max: 240,
    maxMessage: "不能超过 240 分钟",
  }),
});

export const phaseTransitionSchema = z.object({ phaseId: id });

const goals = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      : value,
  z.array(z.string().max(40, "每条目标最多 40 个字")).max(10, "最多 10 条目标"),
);

const campaignFields = {
  name: z.string().trim().min(1, "请填写活动名称").max(80, "活动名称最多 80 个字"),
  goals,
  description: z.string().trim().max(2000, "说明最多 2000 个字").default(""),
};

export const createCampaignSchema = z.object({
  year: wholeNumberField({
    message: "请填写年份",
    wholeMessage: "年份须为整数",
    min: 2000,
    minMessage: "年份不早于 2000",
    max: 2100,
    maxMessage: "年份不晚于 2100",
  }),
  ...campaignFields,
});

export const updateCampaignSchema = z.object({ campaignId: id, ...campaignFields });
