import type { Metadata } from "next";
import { AssetImportForm } from "@/components/assets/import-form";
import { SheetImportLayout } from "@/components/files/sheet-import-layout";
import { ASSET_IMPORT_COLUMNS, MAX_ASSET_IMPORT_ROWS } from "@/lib/assets/import/columns";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "从 Excel 导入资产数据" };

export default async function AssetImportPage() {
  await requirePermission("asset.fileAny");
  return (
    <SheetImportLayout
      title="从 Excel 导入资产数据"
      maxRows={MAX_ASSET_IMPORT_ROWS}
      templateHref="/admin/assets/import/template"
      columns={ASSET_IMPORT_COLUMNS}
    >
      <AssetImportForm />
    </SheetImportLayout>
  );
}
