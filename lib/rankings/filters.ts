import { z } from "zod";
import { queryReader, type SearchParams } from "@/lib/search-params";
import type { EnterpriseCategory } from "@/lib/generated/prisma/enums";

export const ENTERPRISE_CATEGORIES = ["MUNICIPAL", "CENTRAL", "OTHER"] as const satisfies readonly EnterpriseCategory[];

/** The rankings page's URL: ?phase=&enterprise=&category=&tier=&page= */
export type RankingQuery = {
  phaseId?: number;
  enterpriseId?: number;
  category?: EnterpriseCategory;
  /** A tier's name within the chosen phase (checked against the phase's tiers by the page). */
  tier?: string;
  page: number;
};

const id = z.coerce.number().int().positive().max(2_147_483_647);

const FIELDS = {
  phase: { schema: id, label: "阶段" },
  enterprise: { schema: id, label: "企业" },
  category: { schema: z.enum(ENTERPRISE_CATEGORIES), label: "企业类别" },
  tier: { schema: z.string().trim().min(1).max(20), label: "分类档次" },
  page: { schema: z.coerce.number().int().min(1).max(100_000), label: "页码" },
} as const;

/**
 * Reads the query string field by field: a malformed value drops only that filter, and its label
 * is returned so the page can say which filter it ignored.
 */
export function parseRankingQuery(params: SearchParams): { query: RankingQuery; ignored: string[] } {
  const { read, ignored } = queryReader(params, FIELDS);
  const query: RankingQuery = {
    phaseId: read("phase"),
    enterpriseId: read("enterprise"),
    category: read("category"),
    tier: read("tier"),
    page: read("page") ?? 1,
  };
  return { query, ignored };
}

/** The URL of the rankings page with these choices (page 1 unless given). */
export function rankingsHref(query: Partial<RankingQuery>): string {
  const search = new URLSearchParams();
  if (query.phaseId) search.set("phase", String(query.phaseId));
  if (query.enterpriseId) search.set("enterprise", String(query.enterpriseId));
  if (query.category) search.set("category", query.category);
  if (query.tier) search.set("tier", query.tier);
  if (query.page && query.page > 1) search.set("page", String(query.page));
  const text = search.toString();
  return text ? `/rankings?${text}` : "/rankings";
}
