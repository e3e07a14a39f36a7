import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value as COPY's text format wants it. */
export type CopyValue = string | number | boolean | Date | null | readonly string[];

function field(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  return (value as string).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/**
 * Streams rows into a table with `COPY ... FROM STDIN`: the fastest way to load a big table that
 * still fires every trigger and checks every constraint (COPY does both, row by row).
 */
export async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  let count = 0;
  function* lines() {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(row.map(field).join("\t"));
      count++;
      if (chunk.length === 2000) {
        yield chunk.join("\n") + "\n";
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk.join("\n") + "\n";
  }
  const target = client.query(
    copyFrom(`COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`),
  );
  await pipeline(Readable.from(lines()), target);
  return count;
}
