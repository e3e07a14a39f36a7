import { z } from "zod";
import type { ExperienceKind } from "@/lib/generated/prisma/enums";
import { queryReader, type SearchParams } from "@/lib/search-params";

/**
 * The library's list filters, read from the URL, and the LIKE pattern of its search. Pure, so the
 * unit tests hold the parsing and the escaping without a database.
 */

export const LIBRARY_PAGE_SIZE = 20;

export const EXPERIENCE_KINDS = ["BRAND", "INNOVATION_CASE", "HIGHLIGHT_CARD", "CHARACTERISTIC_SECTION"] as const;

export type LibraryFilter = {
  kind: ExperienceKind | null;
  enterpriseId: number | null;
  phaseId: number | null;
  tag: string | null;
  /** true: promoted only; false: not promoted only; null: both. */
  promoted: boolean | null;
  q: string;
  page: number;
};

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Free text is cut to its length rather than refused, so a long pasted word still searches. */
const text = (length: number) =>
  z
    .string()
    // Control characters are dropped: they mean nothing in a search, and the tags' index joins
    // tags with one (experience_tags_text), which a word must never match across.
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, "")
        .trim()
        .slice(0, length),
    )
    .refine((value) => value !== "");

const FIELDS = {
  kind: { schema: z.enum(EXPERIENCE_KINDS), label: "类型" },
  enterprise: { schema: id, label: "企业" },
  phase: { schema: id, label: "阶段" },
  tag: { schema: text(20), label: "标签" },
  promoted: { schema: z.enum(["yes", "no"]).transform((value) => value === "yes"), label: "推广" },
  q: { schema: text(50), label: "关键词" },
  page: { schema: z.coerce.number().int().min(1).max(100_000), label: "页码" },
} as const;

/** Unknown or malformed values are dropped, never an error: a filter link from an old page still opens. */
export function readLibraryFilter(search: SearchParams): LibraryFilter {
  const { read } = queryReader(search, FIELDS);
  return {
    kind: read("kind") ?? null,
    enterpriseId: read("enterprise") ?? null,
    phaseId: read("phase") ?? null,
    tag: read("tag") ?? null,
    promoted: read("promoted") ?? null,
    q: read("q") ?? "",
    page: read("page") ?? 1,
  };
}

/** The URL of the list with this filter (and a page); empty values are left out. */
export function libraryHref(filter: LibraryFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.enterpriseId) params.set("enterprise", String(filter.enterpriseId));
  if (filter.phaseId) params.set("phase", String(filter.phaseId));
  if (filter.tag) params.set("tag", filter.tag);
  if (filter.promoted !== null) params.set("promoted", filter.promoted ? "yes" : "no");
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/library?${query}` : "/library";
}

/**
 * A search word as an ILIKE pattern that matches it anywhere, literally: `%` and `_` (LIKE's
 * wildcards) and `\` (the escape character) in what the user typed are escaped, so "100%" finds
 * "100%" and not everything that starts with "100". Use with `ESCAPE '\'`.
 */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Tags as typed in one field: separated by commas (half or full width), 、, semicolons or
 * whitespace (control characters too); trimmed, duplicates dropped, in the order written.
 */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,，、;；\s\u0000-\u001f\u007f]+/)) {
    const tag = part.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
