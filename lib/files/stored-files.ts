import "server-only";
import { createHash } from "node:crypto";
import { THUMBNAIL_TYPE, makeThumbnail } from "@/lib/files/thumbnail";
import type { Transaction } from "@/lib/prisma-client";
import { invalid } from "@/lib/errors";
import { checkUpload, sizeProblem, type CheckedUpload } from "@/lib/files/check-upload";
import { FILE_KINDS, type FileKind } from "@/lib/files/kinds";
import { fileStore, newStorageKey } from "@/lib/files/storage";

/** Exactly one owner per file (a CHECK in the database holds it too). */
export type FileOwner =
  { siteId: number } | { problemEventId: number } | { selfReportId: number } | { experienceEntryId: number };

export const STORED_FILE_FIELDS = {
  id: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  siteId: true,
  selfReportId: true,
  experienceEntryId: true,
} as const;

/**
 * Checks every upload (size, type by content) before anything is written; one bad file refuses
 * them all, with a message per file under `field`.
 */
export async function checkUploads(kind: FileKind, files: readonly File[], field: string): Promise<CheckedUpload[]> {
  const rules = FILE_KINDS[kind];
  if (files.length > rules.maxPerUpload) {
    throw invalid("请检查上传的文件", { [field]: [`一次最多上传 ${rules.maxPerUpload} 个文件`] });
  }
  const checked: CheckedUpload[] = [];
  const problems: string[] = [];
  for (const file of files) {
    // An oversized file is refused on its size, before its bytes are read into memory.
    const tooBig = sizeProblem(kind, file.name, file.size);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    const result = checkUpload(kind, file.name, new Uint8Array(await file.arrayBuffer()));
    if (result.ok) checked.push(result.file);
    else problems.push(result.message);
  }
  if (problems.length > 0) throw invalid("请检查上传的文件", { [field]: problems });
  return checked;
}

/**
 * Writes checked files to the store and records them for their owner in the transaction. If the
 * rows cannot be written, the bytes already stored are removed again. Call it last in an action,
 * so that little can fail between it and the commit (a failed commit leaves bytes without a row,
 * which nothing serves).
 */
export async function saveFiles(
  tx: Transaction,
  files: readonly CheckedUpload[],
  owner: FileOwner,
  uploadedById: number,
) {
  const written: string[] = [];
  try {
    const rows = [];
    for (const file of files) {
      const storageKey = newStorageKey();
      await fileStore().put(storageKey, file.bytes, file.mimeType);
      written.push(storageKey);
      const thumbnail = await makeThumbnail(file.bytes, file.mimeType);
      const thumbnailKey = thumbnail ? newStorageKey() : null;
      if (thumbnail && thumbnailKey) {
        await fileStore().put(thumbnailKey, thumbnail, THUMBNAIL_TYPE);
        written.push(thumbnailKey);
      }
      rows.push({
        storageKey,
        thumbnailKey,
        originalName: file.name,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        uploadedById,
        ...owner,
      });
    }
    if (rows.length === 0) return [];
    return await tx.storedFile.createManyAndReturn({ data: rows, select: STORED_FILE_FIELDS });
  } catch (error) {
    await Promise.all(
      written.map((key) =>
        fileStore()
          .remove(key)
          .catch(() => undefined),
      ),
    );
    throw error;
  }
}

/** Deletes a file's row in the transaction, then its bytes and its thumbnail's. */
export async function deleteStoredFile(
  tx: Transaction,
  file: { id: number; storageKey: string; thumbnailKey?: string | null },
) {
  const row = await tx.storedFile.delete({ where: { id: file.id }, select: { thumbnailKey: true } });
  await fileStore().remove(file.storageKey);
  if (row.thumbnailKey) await fileStore().remove(row.thumbnailKey);
}

/**
 * Removes the bytes of files whose rows are already gone: call it after the commit
 * (`afterCommit`), so that a rolled-back deletion still finds its files. A failure leaves an
 * object no row names, which nothing serves; it is logged for the sweep (docs/files.md).
 */
export async function removeStoredBytes(files: readonly { storageKey: string; thumbnailKey: string | null }[]) {
  const keys = files.flatMap((file) => (file.thumbnailKey ? [file.storageKey, file.thumbnailKey] : [file.storageKey]));
  await Promise.all(
    keys.map((key) =>
      fileStore()
        .remove(key)
        .catch((error: unknown) => console.error(`[files] could not remove ${key}; it is left without a row`, error)),
    ),
  );
}
