import pg from "pg";

/**
 * Row count and an md5 of the sorted rows of every table in the public schema (found in
 * pg_catalog), Prisma's migration bookkeeping included: a restored database must match all of it.
 */
export async function tableChecksums(databaseUrl: string): Promise<Record<string, { rows: number; checksum: string }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table: string }>(
      `SELECT c.relname AS "table" FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    );
    const checksums: Record<string, { rows: number; checksum: string }> = {};
    for (const { table } of tables) {
      const quoted = client.escapeIdentifier(table);
      const { rows } = await client.query<{ rows: number; checksum: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, ',' ORDER BY r), '')) AS checksum
         FROM (SELECT t::text AS r FROM ${quoted} t) s`,
      );
      checksums[table] = rows[0]!;
    }
    return checksums;
  } finally {
    await client.end();
  }
}
