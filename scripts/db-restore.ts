// `npm run db:restore -- FILE.dump [--force]`: restores a backup made by `npm run db:backup` into
// DATABASE_URL (or the embedded PostgreSQL of `npm start`), in one transaction, and unpacks the
// files archive beside it into FILES_DIR. A database that already holds tables is only replaced
// with --force. Stop the app first: open sessions would see the tables vanish and come back.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withDatabase } from "./lib/database-target";
import { restoreDatabase } from "./lib/pg-tools";
import { redactPassword } from "./lib/postgres-admin";

const root = fileURLToPath(new URL("..", import.meta.url));

try {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const dumpArg = args.find((arg) => !arg.startsWith("--"));
  if (!dumpArg) throw new Error("Name the backup to restore: npm run db:restore -- .data/backups/daguanmo-<time>.dump");
  const dumpFile = path.resolve(process.cwd(), dumpArg);
  const filesDir = path.resolve(root, process.env.FILES_DIR ?? ".data/files");
  // With FILE_STORE=s3 the files come back from the bucket's own versions (docs/operations.md).
  const inBucket = process.env.FILE_STORE === "s3";
  await withDatabase(async (databaseUrl) => {
    console.log(`Restoring ${dumpFile} into ${redactPassword(databaseUrl)} ...`);
    const { tablesBefore, filesRestored } = await restoreDatabase({
      databaseUrl,
      dumpFile,
      force,
      filesDir: inBucket ? undefined : filesDir,
    });
    console.log(
      tablesBefore ? `Replaced the ${tablesBefore} tables that were there.` : "Restored into an empty database.",
    );
    if (inBucket) console.log("FILE_STORE=s3: files are not unpacked; they are served from the bucket.");
    else
      console.log(filesRestored ? `Unpacked the stored files into ${filesDir}.` : "No files archive beside the dump.");
  });
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
