/**
 * Points move in steps of 0.5 (a CHECK in the database holds it). Code that checks or adds them
 * counts half points as integers, so no floating-point sum can drift: 7.5 is 15 halves, a total
 * of 100 is 200 halves. Safe in server and client code.
 */
export type Halves = number;

export type ParsedPoints = { ok: true; halves: Halves | null } | { ok: false; message: string };

const DECIMAL_TEXT = /^(-)?(\d{1,4})(?:\.(\d{1,3}))?$/;

export const STEP_MESSAGE = "分值须为 0.5 的整数倍，如 7 或 7.5";

/** Text typed into a field ("7", "7.5", "" for empty) as half points, or why it is not a score. */
export function parsePointsText(text: string): ParsedPoints {
  const trimmed = text.trim().replace(/分$/, "");
  if (trimmed === "") return { ok: true, halves: null };
  const match = DECIMAL_TEXT.exec(trimmed);
  if (!match) return { ok: false, message: "请输入数字，如 7 或 7.5" };
  const [, minus, whole = "0", fraction = ""] = match;
  if (minus) return { ok: false, message: "分值不能小于 0" };
  let half = 0;
  if (/^50*$/.test(fraction)) half = 1;
  else if (!/^0*$/.test(fraction)) return { ok: false, message: STEP_MESSAGE };
  return { ok: true, halves: Number(whole) * 2 + half };
}

/** A JSON number sent by a client as half points; NaN, infinities and odd steps are refused. */
export function numberToHalves(value: number): Halves | null {
  if (!Number.isFinite(value)) return null;
  const doubled = value * 2;
  return Number.isInteger(doubled) ? doubled : null;
}

/** A decimal as PostgreSQL or Prisma writes it ("7.5", "10.0", "10") as half points. */
export function decimalToHalves(value: { toString(): string }): Halves {
  const parsed = parsePointsText(value.toString());
  if (!parsed.ok || parsed.halves === null) throw new Error(`Not a score in steps of 0.5: ${value.toString()}`);
  return parsed.halves;
}

/** 15 → "7.5", 20 → "10": how points are written on screen and sent as decimal strings. */
export function formatHalves(halves: Halves): string {
  const whole = Math.trunc(halves / 2);
  return halves % 2 === 0 ? String(whole) : `${whole}.5`;
}

/** Half points as the JSON number a client sends (exact: every multiple of 0.5 is a binary fraction). */
export function halvesToNumber(halves: Halves): number {
  return halves / 2;
}

/** 15 → "7.5", 20 → "10.0": the one-decimal form kept in revisions and audit rows (as numeric(5,1) prints). */
export function formatHalvesFixed(halves: Halves): string {
  return `${Math.trunc(halves / 2)}.${halves % 2 === 0 ? 0 : 5}`;
}
