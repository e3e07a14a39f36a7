/**
 * What this server process last learned about PostgreSQL: up, or unavailable since when. Set by
 * any request that hits a connection error, and by the proxy's own probe (lib/availability/probe.ts);
 * read by the proxy, which answers 503 at once while the database is known to be down instead of
 * letting every request wait for its own connection attempt. Kept on globalThis so that the proxy
 * and the app's modules share it within one process.
 */
type Status = { unavailableSince: number | null };

const globalStatus = globalThis as unknown as { daguanmoDatabaseStatus?: Status };

function status(): Status {
  globalStatus.daguanmoDatabaseStatus ??= { unavailableSince: null };
  return globalStatus.daguanmoDatabaseStatus;
}

export function noteDatabaseUnavailable(now = Date.now()): void {
  status().unavailableSince ??= now;
}

export function noteDatabaseAvailable(): void {
  status().unavailableSince = null;
}

export function databaseKnownUnavailable(): boolean {
  return status().unavailableSince !== null;
}
