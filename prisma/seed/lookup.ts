/**
 * The seed inserts with createManyAndReturn and then finds each row again by its natural key
 * (a name, a username, a stop and scorer): ids come from sequences, so they are never assumed.
 */
export function required<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown key: ${String(key)}`);
  return value;
}

export function findInserted<T>(rows: readonly T[], matches: (row: T) => boolean, description: string): T {
  const row = rows.find(matches);
  if (!row) throw new Error(`Seed: the inserted row for ${description} was not returned`);
  return row;
}
