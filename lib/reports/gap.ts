/**
 * Turns the per-category cells of the gap query into one row per enterprise, with totals and a
 * verdict. Pure. Numbers arrive as decimal strings; sums are done in hundredths as integers so
 * no float drift shows in the table.
 */
export type GapInputCell = {
  enterpriseId: number;
  enterpriseName: string;
  categoryId: number;
  self: string | null;
  observed: string | null;
  sheets: number;
};

export type GapRow = {
  enterpriseId: number;
  enterpriseName: string;
  /** Per category id: self and observed in hundredths, null when missing. */
  cells: Record<number, { self: number | null; observed: number | null }>;
  selfTotal: number | null;
  observedTotal: number | null;
  gap: number | null;
  sheets: number;
  verdict: "over" | "under" | "even" | "unknown";
};

/** A gap of more than 5 points out of 100 is called over- or under-rating. */
export const GAP_THRESHOLD_HUNDREDTHS = 500;

const hundredths = (value: string | null) => (value === null ? null : Math.round(Number(value) * 100));

export function gapRows(cells: readonly GapInputCell[]): GapRow[] {
  const rows = new Map<number, GapRow>();
  for (const cell of cells) {
    let row = rows.get(cell.enterpriseId);
    if (!row) {
      row = {
        enterpriseId: cell.enterpriseId,
        enterpriseName: cell.enterpriseName,
        cells: {},
        selfTotal: null,
        observedTotal: null,
        gap: null,
        sheets: 0,
        verdict: "unknown",
      };
      rows.set(cell.enterpriseId, row);
    }
    const self = hundredths(cell.self);
    const observed = hundredths(cell.observed);
    row.cells[cell.categoryId] = { self, observed };
    if (self !== null) row.selfTotal = (row.selfTotal ?? 0) + self;
    if (observed !== null) row.observedTotal = (row.observedTotal ?? 0) + observed;
    row.sheets = Math.max(row.sheets, cell.sheets);
  }
  for (const row of rows.values()) {
    if (row.selfTotal === null || row.observedTotal === null) continue;
    row.gap = row.selfTotal - row.observedTotal;
    row.verdict = row.gap > GAP_THRESHOLD_HUNDREDTHS ? "over" : row.gap < -GAP_THRESHOLD_HUNDREDTHS ? "under" : "even";
  }
  return [...rows.values()];
}

/** 1234 → "12.34", -50 → "-0.5" */
export function formatHundredths(value: number | null, signed = false): string {
  if (value === null) return "—";
  const text = String(Number((value / 100).toFixed(2)));
  return signed && value > 0 ? `+${text}` : text;
}
