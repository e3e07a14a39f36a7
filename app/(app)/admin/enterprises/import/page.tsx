import type { Metadata } from "next";
import { ImportForm } from "@/components/enterprises/import-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/columns";

export const metadata: Metadata = { title: "从 Excel 导入企业与党组织" };

export default async function ImportPage() {
  await requirePermission("enterprise.manage");
  return (
    <>
      <PageHeader
        title="从 Excel 导入企业与党组织"
        description={`先逐行检查，全部无误才导入；有一行不符合要求就不导入任何数据。一次最多 ${MAX_IMPORT_ROWS} 行。`}
        actions={
          <a href="/admin/enterprises/import/template" className={buttonClasses({ variant: "secondary" })} download>
            下载模板
          </a>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="上传文件">
          <ImportForm />
        </Card>
        <Card title="模板各列">
          <dl className="grid gap-2 text-sm">
            {IMPORT_COLUMNS.map((column) => (
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
