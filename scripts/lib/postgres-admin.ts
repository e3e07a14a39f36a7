import pg from "pg";

// Server-level chores (databases come and go) shared by the embedded server, the schema engine's
// shadow databases and the test setup. Each call opens one short-lived connection: these run a
// handful of times per command, so a pool would only add a handle to close.

/** The same server and credentials as `url`, pointed at another database. */
export function urlForDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  return target.toString();
}

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`The database URL names no database: ${redactPassword(url)}`);
  return name;
}

export function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * Creates the database unless it exists; says whether it had to. `serverUrl` may name any
 * database on that server. With `template`, the new database is a copy of that one (which must
 * have no open connections).
 */
export async function createDatabase(
  serverUrl: string,
  name: string,
  options: { template?: string } = {},
): Promise<boolean> {
  return withClient(serverUrl, async (client) => {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return false;
    const template = options.template ? ` TEMPLATE ${client.escapeIdentifier(options.template)}` : "";
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${template}`);
      return true;
    } catch (error) {
      // Another process created it between our check and our CREATE: the outcome we wanted.
      if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false;
      throw error;
    }
  });
}

/** Drops the database if it exists, disconnecting whoever still uses it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** Drops every database whose name starts with `prefix` (test runs' leftovers). */
export async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<void> {
  const names = await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return rows.map((row) => row.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
}

const DUPLICATE_DATABASE = "42P04";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
