import type { Metadata } from "next";
import { AssetImportForm } from "@/components/assets/import-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ASSET_IMPORT_COLUMNS, MAX_ASSET_IMPORT_ROWS } from "@/lib/assets/import/columns";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "从 Excel 导入资产数据" };

export default async function AssetImportPage() {
  await requirePermission("asset.fileAny");
  return (
    <>
      <PageHeader
        title="从 Excel 导入资产数据"
        description={`先逐行检查，全部无误才导入；有一行不符合要求就不导入任何数据。一次最多 ${MAX_ASSET_IMPORT_ROWS} 行。`}
        actions={
          <a href="/admin/assets/import/template" className={buttonClasses({ variant: "secondary" })} download>
            下载模板
          </a>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="上传文件">
          <AssetImportForm />
        </Card>
        <Card title="模板各列">
          <dl className="grid gap-2 text-sm">
            {ASSET_IMPORT_COLUMNS.map((column) => (
              <div key={column.key}>
                <dt className="font-medium text-ink">{column.header}</dt>
                <dd className="text-muted">{column.note}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
