import { z } from "zod";
import { idField, optionalIdField } from "@/lib/actions/number-fields";
import { uploadedFiles } from "@/lib/sites/schemas";
import type { ProblemMove } from "@/lib/problems/state";
import { PROBLEM_SEVERITIES } from "@/lib/problems/filters";

const id = idField();
/** An empty select means "none". */
const optionalId = optionalIdField;

/** A calendar date (YYYY-MM-DD) as UTC midnight, the form of a `@db.Date` column. */
export const calendarDateSchema = z
  .string({ error: "请填写整改期限" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请按 年-月-日 填写整改期限")
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "整改期限不是有效的日期" });
      return z.NEVER;
    }
    return date;
  });

/** The fields of a ledger entry, whatever its source. */
export const problemFields = {
  description: z.string().trim().min(5, "问题描述至少 5 个字").max(1000, "问题描述最多 1000 个字"),
  severity: z.enum(PROBLEM_SEVERITIES, { error: "请选择严重程度" }),
  owner: z.string().trim().min(2, "请填写责任人（至少 2 个字）").max(80, "责任人最多 80 个字"),
  deadline: calendarDateSchema,
  rubricItemId: optionalId("请选择评分条目"),
};

export const createProblemSchema = z.object({
  stopId: id,
  ...problemFields,
  recurrenceOfId: optionalId("请选择此前阶段的问题"),
});

export const comment = z.string().trim().min(2, "请填写说明（至少 2 个字）").max(1000, "说明最多 1000 个字");

export const moveProblemSchema = z.object({
  problemId: id,
  move: z.enum(["start", "submit", "close", "return"] as const satisfies readonly ProblemMove[], { error: "操作无效" }),
  comment,
  evidence: uploadedFiles,
});

/** A problem declared in an accepted self-report (see createProblemsFromAcceptedReport). */
export const reportProblemItemSchema = z.object({
  partyOrganizationId: id,
  ...problemFields,
});
export type ReportProblemItem = z.input<typeof reportProblemItemSchema>;
