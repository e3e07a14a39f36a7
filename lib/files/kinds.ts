import { DOCX_TYPE, XLSX_TYPE, type ContentType } from "@/lib/files/office";

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
  /** 整改佐证: photos, scans and office documents attached to a step of a problem's rectification. */
  problemEvidence: {
    label: "整改佐证",
    types: ["image/jpeg", "image/png", "application/pdf", DOCX_TYPE, XLSX_TYPE],
    typeNames: "JPG、PNG 图片，PDF，Word（.docx）或 Excel（.xlsx）文件",
    maxBytes: 20 * 1024 * 1024,
    // Three files of up to 20 MB stay inside the 32 MB server-action body limit only together
    // with a check of their sum in the browser (components/problems/evidence-input.tsx).
    maxPerUpload: 3,
  },
  reportAttachment: {
    label: "自查报告附件",
    types: ["image/jpeg", "image/png", "application/pdf", DOCX_TYPE, XLSX_TYPE],
    typeNames: "JPG、PNG 图片，PDF、Word（docx）或 Excel（xlsx）文件",
    maxBytes: 20 * 1024 * 1024,
    // One file per request: two 20 MB files would pass the 32 MB request body limit.
    maxPerUpload: 1,
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
  { label: string; types: readonly ContentType[]; typeNames: string; maxBytes: number; maxPerUpload: number }
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
