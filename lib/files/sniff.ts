/**
 * What a file is, decided by its first bytes (its "magic number"), never by its name or by the
 * type the browser claims: a renamed executable or text file is not an image.
 * Pure, so the same check runs in tests and on the server.
 */
export type SniffedType =
  | "image/jpeg"
  | "image/png"
  | "application/pdf"
  | "application/zip"
  // Told apart from a plain zip by its entries (see sniff-office.ts), never by the name.
  | typeof DOCX_TYPE
  | typeof XLSX_TYPE;

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const SIGNATURES: { type: SniffedType; bytes: readonly number[] }[] = [
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // %PDF-
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // PK\x03\x04: a zip archive's first local file header (xlsx, docx are zip archives).
  { type: "application/zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
];

/** The longest signature: reading this many leading bytes is enough to sniff. */
export const SNIFF_BYTES = 8;

export function sniffType(head: Uint8Array): SniffedType | null {
  for (const signature of SIGNATURES) {
    if (head.length >= signature.bytes.length && signature.bytes.every((byte, index) => head[index] === byte)) {
      return signature.type;
    }
  }
  return null;
}
