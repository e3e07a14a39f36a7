import type { SniffedType } from "@/lib/files/sniff";

/**
 * The kinds of upload the platform accepts, each with the types (by content) and the size it
 * allows. Issue 5 adds attachment kinds (PDF, more images) here.
 */
export const FILE_KINDS = {
  sitePhoto: {
    label: "观摩点照片",
    types: ["image/jpeg", "image/png"],
    typeNames: "JPG 或 PNG 图片",
    maxBytes: 10 * 1024 * 1024,
    /** How many photos one upload may carry (the request body limit in next.config.ts allows it). */
    maxPerUpload: 3,
  },
  libraryPhoto: {
    label: "经验库照片",
    types: ["image/jpeg", "image/png"],
    typeNames: "JPG 或 PNG 图片",
    maxBytes: 10 * 1024 * 1024,
    maxPerUpload: 3,
  },
} as const satisfies Record<
  string,
  { label: string; types: readonly SniffedType[]; typeNames: string; maxBytes: number; maxPerUpload: number }
>;

export type FileKind = keyof typeof FILE_KINDS;

/** 10 MB, 512 KB: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** The rule of a kind in one line for a form hint: JPG 或 PNG 图片，每个不超过 10 MB，一次最多 3 个. */
export function uploadHint(kind: FileKind): string {
  const rules = FILE_KINDS[kind];
  return `${rules.typeNames}，每个不超过 ${formatBytes(rules.maxBytes)}，一次最多 ${rules.maxPerUpload} 个`;
}
