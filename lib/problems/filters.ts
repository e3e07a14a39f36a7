import { z } from "zod";
import { queryReader, type SearchParams } from "@/lib/search-params";
import type { ProblemSeverity, ProblemStatus } from "@/lib/generated/prisma/enums";

export const PROBLEM_STATUSES = [
  "OPEN",
  "RECTIFYING",
  "AWAITING_VERIFICATION",
  "CLOSED",
] as const satisfies readonly ProblemStatus[];
export const PROBLEM_SEVERITIES = ["MINOR", "MAJOR", "SEVERE"] as const satisfies readonly ProblemSeverity[];

/** The ledger's URL: ?enterprise=&status=&overdue=1&phase=&severity=&page= */
export type ProblemQuery = {
  enterpriseId?: number;
  status?: ProblemStatus;
  overdue?: boolean;
  phaseId?: number;
  severity?: ProblemSeverity;
  page: number;
};

/** The same filters without the page: what the page, the export and the API share. */
export type ProblemFilter = Omit<ProblemQuery, "page">;

const id = z.coerce.number().int().positive().max(2_147_483_647);

const FIELDS = {
  enterprise: { schema: id, label: "企业" },
  status: { schema: z.enum(PROBLEM_STATUSES), label: "状态" },
  overdue: { schema: z.enum(["1", "0"]).transform((value) => value === "1"), label: "是否逾期" },
  phase: { schema: id, label: "阶段" },
  severity: { schema: z.enum(PROBLEM_SEVERITIES), label: "严重程度" },
  page: { schema: z.coerce.number().int().min(1).max(100_000), label: "页码" },
} as const;

/**
 * Reads the query string field by field: a malformed value drops only that filter, and its label
 * is returned so the page can say which filter it ignored.
 */
export function parseProblemQuery(params: SearchParams): { query: ProblemQuery; ignored: string[] } {
  const { read, ignored } = queryReader(params, FIELDS);
  const query: ProblemQuery = {
    enterpriseId: read("enterprise"),
    status: read("status"),
    overdue: read("overdue"),
    phaseId: read("phase"),
    severity: read("severity"),
    page: read("page") ?? 1,
  };
  return { query, ignored };
}

/** The query string of a filter (and page), without the leading "?". */
export function problemSearch(query: Partial<ProblemQuery>): string {
  const search = new URLSearchParams();
  if (query.enterpriseId) search.set("enterprise", String(query.enterpriseId));
  if (query.status) search.set("status", query.status);
  if (query.overdue !== undefined) search.set("overdue", query.overdue ? "1" : "0");
  if (query.phaseId) search.set("phase", String(query.phaseId));
  if (query.severity) search.set("severity", query.severity);
  if (query.page && query.page > 1) search.set("page", String(query.page));
  return search.toString();
}

export function problemsHref(query: Partial<ProblemQuery>): string {
  const search = problemSearch(query);
  return search ? `/problems?${search}` : "/problems";
}

/** The API takes the same filters, strictly: a bad value is a 400, not silently dropped. */
export const problemApiFilterSchema = z.object({
  enterpriseId: z.coerce
    .number({ error: "企业编号必须是正整数" })
    .int("企业编号必须是正整数")
    .positive("企业编号必须是正整数")
    .max(2_147_483_647, "企业编号必须是正整数")
    .optional(),
  status: z.enum(PROBLEM_STATUSES, { error: "状态须为 OPEN、RECTIFYING、AWAITING_VERIFICATION 或 CLOSED" }).optional(),
  overdue: z
    .enum(["true", "false"], { error: "overdue 须为 true 或 false" })
    .transform((value) => value === "true")
    .optional(),
  phaseId: z.coerce
    .number({ error: "阶段编号必须是正整数" })
    .int("阶段编号必须是正整数")
    .positive("阶段编号必须是正整数")
    .max(2_147_483_647, "阶段编号必须是正整数")
    .optional(),
  severity: z.enum(PROBLEM_SEVERITIES, { error: "严重程度须为 MINOR、MAJOR 或 SEVERE" }).optional(),
});
