import { z } from "zod";
import type { AuditFilter } from "@/lib/audit/queries";
import { queryReader, type SearchParams } from "@/lib/search-params";

const id = z.coerce.number().int().positive().max(2_147_483_647);

const FIELDS = {
  page: { schema: z.coerce.number().int().min(1).max(100_000), label: "页码" },
  entityType: { schema: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), label: "对象类型" },
  actor: { schema: z.union([z.literal("system"), id]), label: "操作人" },
} as const;

/** The audit page's URL (?page=&entityType=&actor=) as a filter; anything malformed is dropped. */
export function parseAuditFilter(params: SearchParams): AuditFilter {
  const { read } = queryReader(params, FIELDS);
  return { page: read("page") ?? 1, entityType: read("entityType"), actor: read("actor") };
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
