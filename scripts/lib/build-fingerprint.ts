import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// What a production build depends on. A change to any of these files means `npm start` must
// build again; anything else (tests, docs, data) does not.
const SOURCE_ROOTS = ["app", "components", "lib", "public", "types"];
const SOURCE_FILES = [
  "package-lock.json",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
  "prisma/schema.prisma",
];
const FINGERPRINT_FILE = ".next/daguanmo-build-fingerprint";

async function listFiles(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** A hash of the paths, sizes and modification times of every file the build reads. */
export async function sourceFingerprint(root: string): Promise<string> {
  const files = [
    ...(await Promise.all(SOURCE_ROOTS.map((dir) => listFiles(path.join(root, dir))))).flat(),
    ...SOURCE_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    const info = await stat(file);
    hash.update(`${path.relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(root: string, fingerprint: string): Promise<boolean> {
  const buildId = path.join(root, ".next/BUILD_ID");
  const stored = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(buildId) || !existsSync(stored)) return false;
  return (await readFile(stored, "utf8")).trim() === fingerprint;
}

export async function recordBuild(root: string, fingerprint: string): Promise<void> {
  await writeFile(path.join(root, FINGERPRINT_FILE), `${fingerprint}\n`);
}
