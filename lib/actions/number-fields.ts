import { z } from "zod";

/** The largest value of a PostgreSQL `integer` column: every id and count we store. */
export const INT4_MAX = 2_147_483_647;

/**
 * A number as FormData (decimal digits, e.g. "12", "-3", "7.5") or an object caller (a JSON
 * number) sends it. Unlike `z.coerce.number()`, nothing else is turned into a number: booleans,
 * arrays, "", "1e3", "0x10", full-width or Arabic-Indic digits stay what they are and are refused
 * with the field's own message. An empty string counts as missing, so a default still applies.
 */
function numberFromInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return /^-?\d{1,20}(\.\d{1,20})?$/.test(trimmed) ? Number(trimmed) : value;
}

/** A row id: a positive whole number that fits the `integer` column it is looked up in. */
export function idField(message = "编号无效") {
  return z.preprocess(
    numberFromInput,
    z.number({ error: message }).int(message).positive(message).max(INT4_MAX, message),
  );
}

/** An id or nothing: "" (an unchosen select), null or a missing key give null. */
export function optionalIdField(message = "编号无效") {
  return z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : numberFromInput(value)),
    z.number({ error: message }).int(message).positive(message).max(INT4_MAX, message).nullable(),
  );
}

type WholeNumberOptions = {
  /** Missing or not a number. */
  message: string;
  /** A number with a fraction (default: `message`). */
  wholeMessage?: string;
  min: number;
  minMessage: string;
  max: number;
  maxMessage: string;
};

/** A whole number within [min, max] (max at most INT4_MAX), read as `numberFromInput` says, with an optional default. */
export function wholeNumberField({
  message,
  min,
  minMessage,
  max,
  maxMessage,
  ...rest
}: WholeNumberOptions & { default?: number }) {
  const field = z.number({ error: message }).int(message).min(min, minMessage).max(Math.min(max, INT4_MAX), maxMessage);
  return z.preprocess(numberFromInput, rest.default === undefined ? field : field.default(rest.default));
}
