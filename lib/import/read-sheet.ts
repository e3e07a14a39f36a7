import { readTemplateSheet, type TemplateSheetRead } from "@/lib/import/template-sheet";
import {
  IMPORT_COLUMNS,
  IMPORT_SHEET_NAME,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ImportColumnKey,
} from "@/lib/import/columns";

export type SheetRead = TemplateSheetRead<ImportColumnKey>;

/** Reads the enterprise and party organisation import sheet; every column is required. */
export function readImportSheet(bytes: Uint8Array): Promise<SheetRead> {
  return readTemplateSheet(bytes, {
    sheetName: IMPORT_SHEET_NAME,
    columns: IMPORT_COLUMNS,
    maxBytes: MAX_IMPORT_BYTES,
    maxRows: MAX_IMPORT_ROWS,
  });
}
