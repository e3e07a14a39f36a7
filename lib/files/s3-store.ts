import "server-only";
import { S3Client, type S3Config } from "@/lib/files/s3/client";
import type { FileStore } from "@/lib/files/storage";
import { assertStorageKey } from "@/lib/files/storage-key";

/**
 * Files as objects in one bucket of an S3-compatible service (FILE_STORE=s3), under the same keys
 * the local store uses as paths. Every app server reaches the same bucket, so uploads on one are
 * served by another (docs/files.md, "Several app servers").
 */
export class S3Store implements FileStore {
  private readonly client: S3Client;

  constructor(config: S3Config) {
    this.client = new S3Client(config);
  }

  async put(key: string, bytes: Uint8Array, contentType?: string): Promise<void> {
    assertStorageKey(key);
    await this.client.put(key, bytes, contentType);
  }

  async open(key: string): Promise<ReadableStream<Uint8Array> | null> {
    assertStorageKey(key);
    return this.client.get(key);
  }

  async size(key: string): Promise<number | null> {
    assertStorageKey(key);
    return (await this.client.head(key))?.size ?? null;
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.delete(key);
  }
}
