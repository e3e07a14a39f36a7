// `npm run db:backup [-- --dir FOLDER]`: a custom-format pg_dump of DATABASE_URL (or of the embedded
// PostgreSQL that `npm start` uses) into FOLDER (default .data/backups) as daguanmo-<UTC time>.dump,
// with the stored files (FILES_DIR) archived beside it. See docs/security.md, "Backup and restore".
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withDatabase } from "./lib/database-target";
import { backupDatabase } from "./lib/pg-tools";
import { redactPassword } from "./lib/postgres-admin";

const root = fileURLToPath(new URL("..", import.meta.url));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

try {
  const backupDir = path.resolve(root, option("--dir") ?? ".data/backups");
  const filesDir = path.resolve(root, process.env.FILES_DIR ?? ".data/files");
  // With FILE_STORE=s3 the bytes are in the bucket, which the object store backs up (versioning,
  // replication; docs/operations.md): a stale FILES_DIR is not archived as if it held them.
  const inBucket = process.env.FILE_STORE === "s3";
  await withDatabase(async (databaseUrl) => {
    console.log(`Backing up ${redactPassword(databaseUrl)} ...`);
    const { dumpFile, filesArchive } = await backupDatabase({
      databaseUrl,
      backupDir,
      filesDir: inBucket ? undefined : filesDir,
    });
    console.log(`Database: ${dumpFile}`);
    if (inBucket) console.log(`Files:    in the bucket ${process.env.S3_BUCKET ?? "(S3_BUCKET)"}, not archived here`);
    else console.log(filesArchive ? `Files:    ${filesArchive}` : `Files:    none stored in ${filesDir}`);
  });
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
