import { sniffType, type SniffedType } from "@/lib/files/sniff";

/**
 * Word (.docx) and Excel (.xlsx) files are zip archives, so their first bytes say only "zip".
 * What they are is decided by the archive's table of contents (its central directory): a Word
 * document has word/document.xml, a workbook xl/workbook.xml, both [Content_Types].xml. Any other
 * zip (or a damaged one) is not an office document. No entry is decompressed.
 */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 10_000;

/** The names of the entries of a zip archive, or null when it cannot be read as one. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export type ContentType = SniffedType | typeof DOCX_TYPE | typeof XLSX_TYPE;

/** What a whole file is by content: the leading-bytes sniff, refined for zip archives. */
export function sniffContent(bytes: Uint8Array): ContentType | null {
  const type = sniffType(bytes.subarray(0, 16));
  if (type !== "application/zip") return type;
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return type;
  if (names.includes("word/document.xml")) return DOCX_TYPE;
  if (names.includes("xl/workbook.xml")) return XLSX_TYPE;
  return type;
}
