import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, urlForDatabase } from "@/scripts/lib/postgres-admin";
import { backupDatabase, findPgTool, libpqConnection, restoreDatabase } from "@/scripts/lib/pg-tools";
import { tableChecksums } from "@/tests/support/table-checksums";

// The file's own seeded database (tests/support/file-database.ts) is dumped and restored into
// fresh databases on the same server; every table must come back row for row.
const sourceUrl = process.env.DATABASE_URL!;
const suffix = randomBytes(4).toString("hex");
const emptyName = `daguanmo_restore_${suffix}`;
const emptyUrl = urlForDatabase(sourceUrl, emptyName);

let workDir: string;
let dumpFile: string;
let sourceChecksums: Awaited<ReturnType<typeof tableChecksums>>;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-backup-test-"));
  const filesDir = path.join(workDir, "files");
  await mkdir(path.join(filesDir, "ab"), { recursive: true });
  await writeFile(path.join(filesDir, "ab", "photo.bin"), "stored bytes");
  const result = await backupDatabase({
    databaseUrl: sourceUrl,
    backupDir: path.join(workDir, "backups"),
    filesDir,
    now: new Date("2026-03-24T06:30:00Z"),
  });
  dumpFile = result.dumpFile;
  expect(result.filesArchive).not.toBeNull();
  sourceChecksums = await tableChecksums(sourceUrl);
}, 120_000);

afterAll(async () => {
  await dropDatabase(sourceUrl, emptyName);
  await rm(workDir, { recursive: true, force: true });
});

describe("npm run db:backup / db:restore", () => {
  it("names the dump by its UTC time in the backup folder", () => {
    expect(path.basename(dumpFile)).toBe("daguanmo-20260324T063000Z.dump");
    expect(existsSync(dumpFile)).toBe(true);
  });

  it("round-trips the demo data into an empty database: every table's rows and checksum", async () => {
    expect(Object.keys(sourceChecksums).length).toBeGreaterThan(20);
    expect(sourceChecksums.AuditLog!.rows).toBeGreaterThan(0);
    await createDatabase(sourceUrl, emptyName);
    const filesDir = path.join(workDir, "restored-files");
    const outcome = await restoreDatabase({ databaseUrl: emptyUrl, dumpFile, filesDir });
    expect(outcome).toEqual({ tablesBefore: 0, filesRestored: true });
    expect(await tableChecksums(emptyUrl)).toEqual(sourceChecksums);
    expect(await readFile(path.join(filesDir, "ab", "photo.bin"), "utf8")).toBe("stored bytes");
  }, 120_000);

  it("keeps the restored audit log append-only", async () => {
    await expect(query(emptyUrl, `DELETE FROM "AuditLog"`)).rejects.toThrow();
  });

  it("refuses to restore over a database that holds tables, and changes nothing", async () => {
    await query(
      emptyUrl,
      `UPDATE "Enterprise" SET "shortName" = 'changed after backup' WHERE id = (SELECT min(id) FROM "Enterprise")`,
    );
    const before = await tableChecksums(emptyUrl);
    await expect(restoreDatabase({ databaseUrl: emptyUrl, dumpFile })).rejects.toThrow(/--force/);
    expect(await tableChecksums(emptyUrl)).toEqual(before);
  });

  it("with force, replaces the tables that are there (audit trigger included) with the backup", async () => {
    const outcome = await restoreDatabase({ databaseUrl: emptyUrl, dumpFile, force: true });
    expect(outcome.tablesBefore).toBeGreaterThan(20);
    expect(await tableChecksums(emptyUrl)).toEqual(sourceChecksums);
  }, 120_000);

  it("finds pg_dump and pg_restore of at least the server's major version", async () => {
    await expect(findPgTool("pg_dump", 15)).resolves.toMatch(/pg_dump$/);
    await expect(findPgTool("pg_restore", 99)).rejects.toThrow(/postgresql-client-99/);
  });

  it("runs as npm run db:backup and db:restore, the restore refusing a non-empty database without --force", async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: sourceUrl, FILES_DIR: path.join(workDir, "no-files") };
    const backupDir = path.join(workDir, "cli-backups");
    const backup = await run("npx", ["tsx", "scripts/db-backup.ts", "--dir", backupDir], { env });
    const dump = /Database: (.+\.dump)/.exec(backup.stdout)?.[1];
    expect(dump && existsSync(dump)).toBe(true);
    expect(backup.stdout).toContain("Files:    none stored in");

    const refused = await run("npx", ["tsx", "scripts/db-restore.ts", dump!], { env }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("--force") });
  }, 120_000);

  it("keeps the password off the command line and drops Prisma-only URL parameters", () => {
    const { dbname, env } = libpqConnection("postgresql://app:s%40cret@db:5432/daguanmo?schema=public&sslmode=require");
    expect(dbname).toBe("postgresql://app@db:5432/daguanmo?sslmode=require");
    expect(env.PGPASSWORD).toBe("s@cret");
  });
});
