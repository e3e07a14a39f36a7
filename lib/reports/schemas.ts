import { z } from "zod";
import { idField, INT4_MAX, wholeNumberField } from "@/lib/actions/number-fields";
import { parsePointsText } from "@/lib/scoring/points";
import { LIMITS, REVIEW_SECTION_KEYS } from "@/lib/reports/sections";
import { uploadedFiles } from "@/lib/sites/schemas";

const id = idField();
const version = wholeNumberField({
  message: "版本无效",
  min: 0,
  minMessage: "版本无效",
  max: INT4_MAX,
  maxMessage: "版本无效",
});
const section = z.string().max(LIMITS.sectionChars, `每部分最多 ${LIMITS.sectionChars} 字`).default("");
const short = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`).default("");

const brand = z.object({
  name: short("品牌名称", LIMITS.nameChars),
  description: short("品牌简介", LIMITS.descriptionChars),
});
const innovationCase = z.object({
  title: short("案例标题", LIMITS.nameChars),
  summary: short("案例摘要", LIMITS.descriptionChars),
});
/** Rows the secretary added but left empty are dropped, not refused: a draft is work in progress. */
const rows = <T extends z.ZodType<Record<string, string>>>(row: T) =>
  z
    .array(row)
    .max(LIMITS.listRows, `最多 ${LIMITS.listRows} 条`)
    .default([])
    .transform((list) => list.filter((item) => Object.values(item).some((value) => value !== "")));

/** { itemId: "7.5" | "" }: text as typed; empty means not self-scored yet. Range is checked against the rubric. */
const selfScores = z
  .record(z.string().regex(/^\d+$/, "条目无效"), z.string().max(10))
  .default({})
  .superRefine((scores, context) => {
    for (const [itemId, text] of Object.entries(scores)) {
      const parsed = parsePointsText(text);
      if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message, path: [itemId] });
    }
  });

export const reportContentFields = {
  workDone: section,
  highlights: section,
  problemsFound: section,
  rectificationPlan: section,
  experience: section,
  brands: rows(brand),
  innovationCases: rows(innovationCase),
  selfScores,
};

/** An autosave: the whole draft as the page holds it, based on the editVersion it last saw (0: none yet). */
export const saveReportDraftSchema = z.object({ phaseId: id, baseVersion: version, ...reportContentFields });
export type SaveReportDraftInput = z.input<typeof saveReportDraftSchema>;

export const submitReportSchema = z.object({ reportId: id, baseVersion: version });

export const returnReportSchema = z.object({
  reportId: id,
  /** The submission the reviewer read; a newer one must be read first. */
  version: id,
  reasons: z
    .partialRecord(z.enum(REVIEW_SECTION_KEYS), z.string().trim().max(LIMITS.reasonChars, "理由最多 1000 字"))
    .default({})
    .transform((reasons) => Object.fromEntries(Object.entries(reasons).filter(([, text]) => text && text !== ""))),
});

/**
 * Problems declared in the report that staff list on accepting it. Each item is checked (with
 * field keys `items.N.field`) by createProblemsFromAcceptedReport inside the accept transaction;
 * a form may send them as one JSON field.
 */
const acceptedItems = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  z
    .array(z.record(z.string(), z.unknown()), { error: "问题列表无效" })
    .max(50, "一份报告最多列入 50 个问题")
    .default([]),
);

export const acceptReportSchema = z.object({ reportId: id, version: id, items: acceptedItems });

export const addReportAttachmentsSchema = z.object({ phaseId: id, files: uploadedFiles });
export const deleteReportAttachmentSchema = z.object({ fileId: id });
