import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { createPrismaClient } from "@/lib/prisma-client";
import { checkUploads, deleteStoredFile, saveFiles } from "@/lib/files/stored-files";
import { THUMBNAIL_SIZE } from "@/lib/files/thumbnail";
import { actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));

// Uploaded bytes go to a folder of this test file (lib/env.ts reads FILES_DIR on first use).
const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-thumbs-"));
process.env.FILES_DIR = filesDir;
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

const storedFiles = async () =>
  (await readdir(filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

async function upload(name: string, bytes: Uint8Array, mimeType: string) {
  const site = await database.site.findFirstOrThrow({ orderBy: { id: "asc" } });
  const admin = await database.user.findUniqueOrThrow({ where: { username: "admin" } });
  const files = await checkUploads("sitePhoto", [new File([bytes.slice()], name, { type: mimeType })], "photos");
  const [row] = await database.$transaction((tx) => saveFiles(tx, files, { siteId: site.id }, admin.id));
  await actAs(admin.id);
  return row!;
}

const fetchFile = (id: number, query = "") =>
  getFile(new Request(`http://localhost/api/files/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });

describe("image thumbnails", () => {
  it("are made at upload, served with ?thumb=1 no larger than the limit, and deleted with the file", async () => {
    const photo = new Uint8Array(
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#b91c1c" } })
        .png()
        .toBuffer(),
    );
    const before = await storedFiles();
    const row = await upload("党员活动室.png", photo, "image/png");
    const stored = await database.storedFile.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.thumbnailKey).not.toBeNull();
    expect(await storedFiles()).toBe(before + 2);

    const response = await fetchFile(row.id, "?thumb=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const thumbnail = new Uint8Array(await response.arrayBuffer());
    const size = await sharp(thumbnail).metadata();
    expect(Math.max(size.width!, size.height!)).toBe(THUMBNAIL_SIZE);
    expect(size.width! / size.height!).toBeCloseTo(4 / 3, 2);

    const original = await fetchFile(row.id);
    expect(original.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(photo);

    await database.$transaction((tx) => deleteStoredFile(tx, stored));
    expect(await storedFiles()).toBe(before);
  });

  it("never enlarge a small image", async () => {
    const small = new Uint8Array(
      await sharp({ create: { width: 200, height: 100, channels: 3, background: "#ffffff" } })
        .jpeg()
        .toBuffer(),
    );
    const row = await upload("小图.jpg", small, "image/jpeg");
    const thumbnail = new Uint8Array(await (await fetchFile(row.id, "?thumb=1")).arrayBuffer());
    expect((await sharp(thumbnail).metadata()).width).toBe(200);
  });
});
