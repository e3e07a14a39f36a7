import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { contentDisposition } from "@/lib/files/content-disposition";
import { S3Client, S3RequestError, type S3Config } from "@/lib/files/s3/client";
import { checkUploads, deleteStoredFile, saveFiles } from "@/lib/files/stored-files";
import { fileStore, newStorageKey } from "@/lib/files/storage";
import { S3Store } from "@/lib/files/s3-store";
import { addExperiencePhotosAction, deleteExperiencePhotoAction } from "@/lib/library/actions";
import { createPrismaClient } from "@/lib/prisma-client";
import { actAs } from "@/tests/support/request-context";
import { startS3Server, type RunningS3 } from "@/tests/support/s3-server";
import { userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// A real S3-compatible server on loopback; the platform is pointed at it before lib/env.ts is
// first read, exactly as an operator would configure it.
const s3: RunningS3 = await startS3Server();
Object.assign(process.env, {
  FILE_STORE: "s3",
  S3_ENDPOINT: s3.endpoint,
  S3_REGION: s3.region,
  S3_BUCKET: s3.bucket,
  S3_ACCESS_KEY_ID: s3.accessKeyId,
  S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  S3_FORCE_PATH_STYLE: "1",
  // Nothing may land on the disk in this mode: a folder that does not exist makes that visible.
  FILES_DIR: "/nonexistent/daguanmo-files",
});

const config: S3Config = {
  endpoint: s3.endpoint,
  region: s3.region,
  bucket: s3.bucket,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: true,
};
const client = new S3Client(config);
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let adminId: number;

beforeAll(async () => {
  adminId = await userIdOf(database, "admin");
});

afterAll(async () => {
  await database.$disconnect();
  await s3.stop();
});

const fetchFile = (id: number, query = "") =>
  getFile(new Request(`http://localhost/api/files/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function s3Error(promise: Promise<unknown>): Promise<S3RequestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(S3RequestError);
  return error as S3RequestError;
}

const png = async (width: number, height: number) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: "#b91c1c" } })
      .png()
      .toBuffer(),
  );

describe("the S3 client against a real S3-compatible server", () => {
  it("puts, heads, streams back the same bytes, and deletes", async () => {
    const key = newStorageKey();
    // 5 MB of random bytes: more than one network chunk, so the GET really streams.
    const bytes = new Uint8Array(randomBytes(5 * 1024 * 1024));
    await client.put(key, bytes, "application/pdf");
    expect(await client.head(key)).toMatchObject({ size: bytes.length });
    const body = await client.get(key);
    expect(body).not.toBeNull();
    expect(Buffer.from(await readAll(body!)).equals(Buffer.from(bytes))).toBe(true);

    await client.delete(key);
    expect(await client.head(key)).toBeNull();
    expect(await client.get(key)).toBeNull();
  });

  it("answers null for a missing key and deletes a missing key without error", async () => {
    const key = newStorageKey();
    expect(await client.get(key)).toBeNull();
    expect(await client.head(key)).toBeNull();
    await expect(client.delete(key)).resolves.toBeUndefined();
  });

  it("is refused with a wrong secret or an unknown access key", async () => {
    const key = newStorageKey();
    await client.put(key, new Uint8Array([1, 2, 3]));

    const wrongSecret = new S3Client({ ...config, secretAccessKey: "not-the-secret" });
    const putError = await s3Error(wrongSecret.put(newStorageKey(), new Uint8Array([4])));
    expect([putError.status, putError.code]).toEqual([403, "SignatureDoesNotMatch"]);
    const getError = await s3Error(wrongSecret.get(key));
    expect([getError.status, getError.code]).toEqual([403, "SignatureDoesNotMatch"]);
    expect((await s3Error(wrongSecret.head(key))).status).toBe(403);
    expect((await s3Error(wrongSecret.delete(key))).status).toBe(403);

    const unknownKey = new S3Client({ ...config, accessKeyId: "NOBODY" });
    const unknownError = await s3Error(unknownKey.get(key));
    expect([unknownError.status, unknownError.code]).toEqual([403, "InvalidAccessKeyId"]);

    // The refused DELETE removed nothing.
    expect(await client.head(key)).toMatchObject({ size: 3 });
  });

  it("reports a bucket that does not exist", async () => {
    const error = await s3Error(
      new S3Client({ ...config, bucket: "no-such-bucket" }).put(newStorageKey(), new Uint8Array([1])),
    );
    expect([error.status, error.code]).toEqual([404, "NoSuchBucket"]);
  });

  it("the store refuses keys it did not make, before any request", async () => {
    const store = new S3Store(config);
    await expect(store.put("../../etc/passwd", new Uint8Array([1]))).rejects.toThrow(/Invalid storage key/);
    await expect(store.open("2026/01/x")).rejects.toThrow(/Invalid storage key/);
  });
});

describe("the platform with FILE_STORE=s3", () => {
  it("chooses the S3 store from the configuration", () => {
    expect(fileStore()).toBeInstanceOf(S3Store);
  });

  it("uploads a photo and its thumbnail to the bucket, serves both with the usual headers, and deletes both", async () => {
    const site = await database.site.findFirstOrThrow({ orderBy: { id: "asc" } });
    const photo = await png(1600, 1200);
    const checked = await checkUploads("sitePhoto", [new File([photo.slice()], "党员活动室.png")], "photos");
    const [row] = await database.$transaction((tx) => saveFiles(tx, checked, { siteId: site.id }, adminId));
    const stored = await database.storedFile.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored.thumbnailKey).not.toBeNull();
    expect(await client.head(stored.storageKey)).toMatchObject({ size: photo.length });
    expect(await client.head(stored.thumbnailKey!)).not.toBeNull();

    await actAs(adminId);
    const original = await fetchFile(row!.id);
    expect(original.status).toBe(200);
    expect(original.headers.get("content-type")).toBe("image/png");
    // The same header as the local store serves (lib/files/content-disposition.ts).
    expect(original.headers.get("content-disposition")).toBe(contentDisposition("党员活动室.png", "inline"));
    expect(original.headers.get("content-disposition")).toMatch(
      /^inline; filename="_____\.png"; filename\*=UTF-8''%E5%85%9A/,
    );
    expect(original.headers.get("x-content-type-options")).toBe("nosniff");
    expect(original.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(photo);

    const download = await fetchFile(row!.id, "?download=1");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; /);
    await download.body?.cancel();

    const thumbnail = await fetchFile(row!.id, "?thumb=1");
    expect(thumbnail.headers.get("content-type")).toBe("image/jpeg");
    expect(thumbnail.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(new Uint8Array(await thumbnail.arrayBuffer())).metadata()).width).toBe(480);

    await database.$transaction((tx) => deleteStoredFile(tx, stored));
    expect(await client.head(stored.storageKey)).toBeNull();
    expect(await client.head(stored.thumbnailKey!)).toBeNull();
  });

  it("a row whose object is gone answers 404, not a server error", async () => {
    const site = await database.site.findFirstOrThrow({ orderBy: { id: "asc" } });
    const checked = await checkUploads("sitePhoto", [new File([(await png(40, 40)).slice()], "a.png")], "photos");
    const [row] = await database.$transaction((tx) => saveFiles(tx, checked, { siteId: site.id }, adminId));
    const stored = await database.storedFile.findUniqueOrThrow({ where: { id: row!.id } });
    await client.delete(stored.storageKey);
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await actAs(adminId);
    expect((await fetchFile(row!.id)).status).toBe(404);
    spy.mockRestore();
  });

  it("library photos go through the real actions: added, served, deleted", async () => {
    const entry = await database.experienceEntry.findFirstOrThrow({ orderBy: { id: "asc" } });
    const photo = await png(300, 200);
    await actAs(adminId);
    const added = await addExperiencePhotosAction(null, {
      entryId: String(entry.id),
      photos: [new File([photo.slice()], "品牌墙.png", { type: "image/png" })],
    });
    expect(added).toMatchObject({ ok: true });
    const row = await database.storedFile.findFirstOrThrow({
      where: { experienceEntryId: entry.id, originalName: "品牌墙.png" },
    });
    expect(await client.head(row.storageKey)).toMatchObject({ size: photo.length });
    expect(new Uint8Array(await (await fetchFile(row.id)).arrayBuffer())).toEqual(photo);

    expect(await deleteExperiencePhotoAction(null, { fileId: String(row.id) })).toMatchObject({ ok: true });
    expect(await client.head(row.storageKey)).toBeNull();
    expect(await database.storedFile.count({ where: { id: row.id } })).toBe(0);
  });
});
