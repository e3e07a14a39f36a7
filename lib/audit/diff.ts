/**
 * Before/after of an audit row as a list of fields, for reading rather than machine diffing:
 * top-level keys of both objects in order of appearance, each with both values written out and
 * a flag when they differ. Secrets that might have slipped into a snapshot are masked.
 */
export type DiffRow = { key: string; before: string | null; after: string | null; changed: boolean };

const SECRET_KEY = /password|secret|token|hash/i;
const MASK = "••••••";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as one readable string; null when the field is absent. */
export function describeValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return "（空）";
  if (typeof value === "string") return value === "" ? "（空字符串）" : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    if (typeof value === "boolean") return value ? "是" : "否";
    return String(value);
  }
  return JSON.stringify(value);
}

export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (before == null && after == null) return [];
  // A snapshot that is not an object (a bare value or a list) is shown as one "值" row.
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    const b = describeValue(before ?? undefined);
    const a = describeValue(after ?? undefined);
    return [{ key: "值", before: b, after: a, changed: b !== a }];
  }
  const left = (before ?? {}) as Record<string, unknown>;
  const right = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const rows = keys.map((key) => {
    const secret = SECRET_KEY.test(key);
    const b = key in left ? (secret ? MASK : describeValue(left[key])) : null;
    const a = key in right ? (secret ? MASK : describeValue(right[key])) : null;
    const changed = secret ? JSON.stringify(left[key]) !== JSON.stringify(right[key]) : b !== a;
    return { key, before: b, after: a, changed };
  });
  // What changed comes first (a stable sort keeps each group in the snapshot's order).
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}
