import { z } from "zod";
import { invalid } from "@/lib/errors";

/**
 * Query-string parameters parsed with a zod schema. Each parameter is read once (a repeated one
 * keeps its first value); unknown parameters are ignored. Bad values throw an "invalid" error
 * that the API wrapper answers with 400, the message naming the first problem in Chinese.
 */
export function parseQuery<Schema extends z.ZodType>(url: URL, schema: Schema): z.output<Schema> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in raw)) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  const first = Object.entries(details).find(([, messages]) => messages.length > 0);
  throw invalid(first ? `请求参数 ${first[0]} 无效：${first[1][0]}` : "请求参数无效", details);
}

/** A dynamic path segment that must be a positive integer id; anything else is "not found". */
export function parseIdSegment(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}
