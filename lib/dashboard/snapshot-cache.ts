import "server-only";

/**
 * A per-server cache for read models that are costly at province scale (the leader home, the
 * rankings page), invalidated by PostgreSQL itself: each entry is tagged with the snapshot
 * (`pg_current_snapshot()`: xmin, xmax and the in-progress transaction ids) read at the start of
 * the render. Two equal snapshots see exactly the same committed data, so an entry is served only
 * while no transaction has committed since it was computed; any commit anywhere (a submitted
 * sheet, a new problem, a renamed enterprise) changes the snapshot and the next render computes
 * afresh. The figures computed after the snapshot was read can only be as new or newer than it,
 * and a newer commit already moved the snapshot, so no render ever sees data older than its own
 * snapshot. Nothing needs to be told about writes, so it holds across several app servers;
 * each server keeps its own few entries. docs/performance.md has the measurements and the limits
 * (while writes keep committing, every render is a miss and costs what it did uncached).
 */

type Entry<T> = { snapshot: string; value: Promise<T> };

export type SnapshotCache<T> = {
  /** The cached value for `key` computed at `snapshot`, or `compute()`'s, shared by concurrent callers. */
  get(key: string, snapshot: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
};

export function snapshotCache<T>(limit = 16): SnapshotCache<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key, snapshot, compute) {
      const hit = entries.get(key);
      if (hit && hit.snapshot === snapshot) return hit.value;
      const value = compute();
      entries.delete(key);
      entries.set(key, { snapshot, value });
      // Least recently computed first out.
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
      // A failed computation is never served again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}

/** One cache per server process and name, kept on globalThis so that module reloads in development share it. */
export function namedSnapshotCache<T>(name: string, limit?: number): SnapshotCache<T> {
  const store = globalThis as unknown as { daguanmoSnapshotCaches?: Map<string, SnapshotCache<unknown>> };
  store.daguanmoSnapshotCaches ??= new Map();
  let cache = store.daguanmoSnapshotCaches.get(name);
  if (!cache) {
    cache = snapshotCache<unknown>(limit);
    store.daguanmoSnapshotCaches.set(name, cache);
  }
  return cache as SnapshotCache<T>;
}

type SnapshotReader = { $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };

/** The database's name and PostgreSQL's current snapshot, the key a cached entry is served under; 1 statement. */
export async function readSnapshot(database: SnapshotReader): Promise<string> {
  const rows = await database.$queryRaw<{ snapshot: string }[]>`
    SELECT current_database() || ':' || pg_current_snapshot()::text AS "snapshot"`;
  return rows[0]!.snapshot;
}
