import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";

/**
 * Where file bytes live. Rows in StoredFile name a key; the bytes sit behind this interface so
 * that an S3-compatible store can replace the local disk without touching the callers.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes as a web stream, or null when the key holds nothing. */
  open(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Keys are made by the server only: year/month folders and a random name, never the upload's name. */
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(now: Date = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

/** Files in a folder outside the web root (FILES_DIR); relative paths start at the working directory. */
export class LocalDiskStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    // The pattern leaves no room for "..", absolute paths or separators of another kind.
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    const temporary = `${target}.part`;
    await writeFile(temporary, bytes, { flag: "wx", mode: 0o640 });
    await rename(temporary, target);
  }

  async open(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const target = this.pathOf(key);
    try {
      if (!(await stat(target)).isFile()) return null;
    } catch {
      return null;
    }
    return Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let store: FileStore | undefined;

/** The store this server uses (today the local disk under FILES_DIR). */
export function fileStore(): FileStore {
  store ??= new LocalDiskStore(path.resolve(env().FILES_DIR));
  return store;
}
