import { isDeepStrictEqual } from "node:util";

/** JSON form, so decimals compare by value as strings and dates as instants. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Throws, naming the first difference, unless every result equals the first. */
export function assertSame(what: string, results: Record<string, unknown>) {
  const [head, ...others] = Object.entries(results).map(([name, value]) => [name, plain(value)] as const);
  if (!head) return;
  const [firstName, first] = head;
  for (const [name, value] of others) {
    if (!isDeepStrictEqual(first, value)) {
      const a = JSON.stringify(first);
      const b = JSON.stringify(value);
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      throw new Error(
        `${what}: ${name} differs from ${firstName} at character ${at}:\n  ${firstName}: …${a.slice(Math.max(0, at - 80), at + 120)}\n  ${name}: …${b.slice(Math.max(0, at - 80), at + 120)}`,
      );
    }
  }
}
