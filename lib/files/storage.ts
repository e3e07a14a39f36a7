import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { S3Store } from "@/lib/files/s3-store";
import { assertStorageKey } from "@/lib/files/storage-key";

export { newStorageKey } from "@/lib/files/storage-key";

/**
 * Where file bytes live. Rows in StoredFile name a key; the bytes sit behind this interface, on
 * the local disk (FILE_STORE=local) or in an S3-compatible bucket (FILE_STORE=s3), and the
 * callers do not know which.
 */
export interface FileStore {
  /** The type is kept with the object where the store can (S3); the route serves the row's type anyway. */
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  /** The bytes as a web stream, or null when the key holds nothing. */
  open(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** The stored size in bytes, or null when the key holds nothing. */
  size(key: string): Promise<number | null>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Files in a folder outside the web root (FILES_DIR); relative paths start at the working directory. */
export class LocalDiskStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
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
    if ((await this.size(key)) === null) return null;
    return Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
  }

  async size(key: string): Promise<number | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let store: FileStore | undefined;

/** The store this server uses, chosen by FILE_STORE (docs/files.md). */
export function fileStore(): FileStore {
  if (store) return store;
  const settings = env();
  if (settings.FILE_STORE === "s3") {
    // lib/env.ts has refused FILE_STORE=s3 without these, with a message naming each one missing.
    store = new S3Store({
      endpoint: settings.S3_ENDPOINT!,
      region: settings.S3_REGION,
      bucket: settings.S3_BUCKET!,
      accessKeyId: settings.S3_ACCESS_KEY_ID!,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    });
  } else {
    store = new LocalDiskStore(path.resolve(settings.FILES_DIR));
  }
  return store;
}
