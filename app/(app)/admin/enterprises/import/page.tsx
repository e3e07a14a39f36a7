import type { Metadata } from "next";
import { ImportForm } from "@/components/enterprises/import-form";
import { SheetImportLayout } from "@/components/files/sheet-import-layout";
import { requirePermission } from "@/lib/auth/current-user";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/columns";

export const metadata: Metadata = { title: "从 Excel 导入企业与党组织" };

export default async function ImportPage() {
  await requirePermission("enterprise.manage");
  return (
    <SheetImportLayout
      title="从 Excel 导入企业与党组织"
      maxRows={MAX_IMPORT_ROWS}
      templateHref="/admin/enterprises/import/template"
      columns={IMPORT_COLUMNS}
    >
      <ImportForm />
    </SheetImportLayout>
  );
}
