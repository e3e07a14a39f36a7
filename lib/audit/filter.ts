import { z } from "zod";
import type { AuditFilter } from "@/lib/audit/queries";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const filterSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  entityType: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)
    .optional()
    .catch(undefined),
  actor: z
    .union([z.literal("system"), z.coerce.number().int().positive().max(2_147_483_647)])
    .optional()
    .catch(undefined),
});

/** The audit page's URL (?page=&entityType=&actor=) as a filter; anything malformed is dropped. */
export function parseAuditFilter(params: SearchParams): AuditFilter {
  const blankToUndefined = (value: string | undefined) => (value && value.trim() !== "" ? value : undefined);
  return filterSchema.parse({
    page: blankToUndefined(first(params.page)) ?? 1,
    entityType: blankToUndefined(first(params.entityType)),
    actor: blankToUndefined(first(params.actor)),
  });
}

/** The URL of another page with the same filters. */
export function auditHref(filter: AuditFilter, page: number): string {
  const query = new URLSearchParams();
  if (filter.entityType) query.set("entityType", filter.entityType);
  if (filter.actor) query.set("actor", String(filter.actor));
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
