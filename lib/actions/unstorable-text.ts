/**
 * Text that cannot be kept exactly as typed: NUL (PostgreSQL text refuses it), the other C0
 * control characters but tab and line breaks, U+FFFE/U+FFFF (neither may appear in XML, hence in
 * the .xlsx exports), and lone UTF-16 surrogates (they would be stored as U+FFFD, i.e. changed).
 * Every other character, odd or not (emoji, combining marks, right-to-left marks, rare CJK), is
 * stored and shown exactly.
 */
const UNSTORABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "含有无法保存的字符（控制字符或残缺的 Unicode 字符），请删除后重试";
export const TOO_DEEP_MESSAGE = "提交的内容结构无效";

/** No form nests deeper than a few levels (a tour's stops, a report's rows). */
const MAX_DEPTH = 8;

export function hasUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/**
 * Field errors, keyed by the top-level field, for every string in `input` (at any depth, keys
 * included) that cannot be stored as typed, or for a value nested deeper than any form sends;
 * null when all is well. Runs before the schema, for every action, so no schema can forget it.
 */
export function unstorableTextErrors(input: unknown): Record<string, string[]> | null {
  if (typeof input !== "object" || input === null) return null;
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    const problem = hasUnstorableText(key) ? UNSTORABLE_TEXT_MESSAGE : problemIn(value, 1);
    if (problem) errors[key] = [problem];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

function problemIn(value: unknown, depth: number): string | null {
  if (typeof value === "string") return hasUnstorableText(value) ? UNSTORABLE_TEXT_MESSAGE : null;
  if (typeof value !== "object" || value === null || isBlob(value)) return null;
  if (depth > MAX_DEPTH) return TOO_DEEP_MESSAGE;
  for (const [key, nested] of Object.entries(value)) {
    if (hasUnstorableText(key)) return UNSTORABLE_TEXT_MESSAGE;
    const problem = problemIn(nested, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function isBlob(value: object): boolean {
  return typeof (value as Blob).arrayBuffer === "function";
}
