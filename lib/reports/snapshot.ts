import { TEXT_SECTIONS, type Brand, type InnovationCase, type TextSectionKey } from "@/lib/reports/sections";

/**
 * What a submitted version freezes: the text sections, the lists, the self-scores
 * ({ itemId: "8.5" }) and the names of the attachments at that moment.
 */
export type ReportSnapshot = Record<TextSectionKey, string> & {
  brands: Brand[];
  innovationCases: InnovationCase[];
  selfScores: Record<string, string>;
  attachments: { id: number; name: string }[];
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

function list<T>(value: unknown, keys: readonly (keyof T & string)[]): T[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null)
    .map((row) => Object.fromEntries(keys.map((key) => [key, text(row[key])])) as T);
}

export const parseBrands = (value: unknown) => list<Brand>(value, ["name", "description"]);
export const parseCases = (value: unknown) => list<InnovationCase>(value, ["title", "summary"]);

/** Reads a stored snapshot defensively: older versions (the seed's) carry no attachment list. */
export function parseSnapshot(value: unknown): ReportSnapshot {
  const raw = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const scores = (typeof raw.selfScores === "object" && raw.selfScores !== null ? raw.selfScores : {}) as Record<
    string,
    unknown
  >;
  const attachments = Array.isArray(raw.attachments) ? raw.attachments : [];
  return {
    ...(Object.fromEntries(TEXT_SECTIONS.map(({ key }) => [key, text(raw[key])])) as Record<TextSectionKey, string>),
    brands: parseBrands(raw.brands),
    innovationCases: parseCases(raw.innovationCases),
    selfScores: Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, String(score)])),
    attachments: attachments
      .filter((row): row is { id: number; name: string } => typeof row?.id === "number")
      .map((row) => ({ id: row.id, name: text(row.name) })),
  };
}

/** The lists as lines, so the line diff compares them too. */
export const brandLines = (brands: readonly Brand[]) =>
  brands.map((brand) => `${brand.name}：${brand.description}`).join("\n");
export const caseLines = (cases: readonly InnovationCase[]) =>
  cases.map((item) => `${item.title}：${item.summary}`).join("\n");
