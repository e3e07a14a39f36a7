import { FILE_KINDS, formatBytes, type FileKind } from "@/lib/files/kinds";
import { sniffContent, type ContentType } from "@/lib/files/office";

export type CheckedUpload = { name: string; bytes: Uint8Array; mimeType: ContentType };
export type UploadCheck = { ok: true; file: CheckedUpload } | { ok: false; message: string };

/** A file name fit to store and show: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";

  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  // 200 characters, not UTF-16 units: cutting an emoji in half would leave a lone surrogate,
  // which the download's Content-Disposition header cannot encode (encodeURIComponent throws).
  return Array.from((cleaned || "未命名文件").toWellFormed())
    .slice(0, 200)
    .join("");
}

/** Why a file of this size is refused (empty, or over the kind's limit), or null. */
export function sizeProblem(kind: FileKind, name: string, size: number): string | null {
  const limit = FILE_KINDS[kind].maxBytes;
  if (size === 0) return `「${cleanFileName(name)}」是空文件`;
  if (size > limit) return `「${cleanFileName(name)}」有 ${formatBytes(size)}，超过 ${formatBytes(limit)} 的上限`;
  return null;
}

/**
 * Whether one uploaded file is acceptable for a kind: its size, and its type by content.
 * The message names the file, so a list of them reads on its own.
 */
export function checkUpload(kind: FileKind, name: string, bytes: Uint8Array): UploadCheck {
  const rules = FILE_KINDS[kind];
  const shown = cleanFileName(name);
  const tooBig = sizeProblem(kind, name, bytes.length);
  if (tooBig) return { ok: false, message: tooBig };
  const type = sniffContent(bytes);
  if (!type || !(rules.types as readonly ContentType[]).includes(type)) {
    return { ok: false, message: `「${shown}」不是${rules.typeNames}（按文件内容判断，与扩展名无关）` };
  }
  return { ok: true, file: { name: shown, bytes, mimeType: type } };
}
