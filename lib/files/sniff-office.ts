import { DOCX_TYPE, XLSX_TYPE } from "@/lib/files/sniff";

/**
 * Whether a zip archive is a Word (.docx) or Excel (.xlsx) document, from the names of its
 * entries: an Office Open XML package has `[Content_Types].xml` and a `word/` or `xl/` folder.
 * Reads the archive's central directory (the list of entries at its end), so it does not
 * unpack anything. Pure; null for any other or damaged zip.
 */
export function officeType(bytes: Uint8Array): typeof DOCX_TYPE | typeof XLSX_TYPE | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return null;
  if (names.some((name) => name.startsWith("word/"))) return DOCX_TYPE;
  if (names.some((name) => name.startsWith("xl/"))) return XLSX_TYPE;
  return null;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;
const MAX_ENTRIES = 10_000;

/** The entry names of a zip archive, or null when its directory cannot be read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - MAX_END_SEARCH); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) return null;
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
