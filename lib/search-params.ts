import type { z } from "zod";

/** A page's query string as Next hands it to a server component. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query-string parameter (a repeated one keeps its first). */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

type Fields = Record<string, { schema: z.ZodType; label: string }>;

/**
 * Reads a page's filters field by field: an empty value is no filter, and a malformed one drops
 * only that filter and records its label in `ignored`, so the page can say which it ignored.
 */
export function queryReader<F extends Fields>(params: SearchParams, fields: F) {
  const ignored: string[] = [];
  function read<K extends keyof F & string>(key: K): z.output<F[K]["schema"]> | undefined {
    const raw = firstParam(params[key])?.trim();
    if (raw === undefined || raw === "") return undefined;
    const parsed = fields[key]!.schema.safeParse(raw);
    if (parsed.success) return parsed.data as z.output<F[K]["schema"]>;
    ignored.push(fields[key]!.label);
    return undefined;
  }
  return { read, ignored };
}
