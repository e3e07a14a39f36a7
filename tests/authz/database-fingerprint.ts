import type { Database } from "@/lib/prisma-client";

/**
 * Row count and an order-free hash of every row of every table in the public schema, in one
 * statement: cheap enough to take before and after each of the matrix's several hundred refused
 * calls. Any inserted, deleted or changed row changes it. (tests/support/table-checksums.ts is
 * the exact, slower form the backup test uses.)
 */
let statement: string | undefined;

async function fingerprintStatement(database: Database): Promise<string> {
  const tables = await database.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`;
  return tables
    .map(({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const literal = `'${name.replaceAll("'", "''")}'`;
      return `SELECT ${literal} AS name, count(*)::int AS rows,
        coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS hash FROM ${quoted} t`;
    })
    .join("\nUNION ALL\n");
}

export async function databaseFingerprint(database: Database): Promise<Record<string, string>> {
  statement ??= await fingerprintStatement(database);
  const rows = await database.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(statement);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.rows}:${row.hash}`]));
}
