import { readTemplateSheet, type TemplateSheetRead } from "@/lib/import/template-sheet";
import {
  ASSET_IMPORT_COLUMNS,
  ASSET_IMPORT_SHEET,
  MAX_ASSET_IMPORT_BYTES,
  MAX_ASSET_IMPORT_ROWS,
  type AssetImportKey,
} from "@/lib/assets/import/columns";

export type AssetSheetRead = TemplateSheetRead<AssetImportKey>;

/** Reads the asset import sheet; the 更正 column may be left out (no row corrects). */
export function readAssetSheet(bytes: Uint8Array): Promise<AssetSheetRead> {
  return readTemplateSheet(bytes, {
    sheetName: ASSET_IMPORT_SHEET,
    columns: ASSET_IMPORT_COLUMNS,
    optional: ["correct"],
    maxBytes: MAX_ASSET_IMPORT_BYTES,
    maxRows: MAX_ASSET_IMPORT_ROWS,
  });
}
