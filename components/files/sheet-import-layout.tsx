import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** The page around an .xlsx import: the all-or-nothing rule, the template, the form and the columns explained. */
export function SheetImportLayout({
  title,
  maxRows,
  templateHref,
  columns,
  children,
}: {
  title: string;
  maxRows: number;
  templateHref: string;
  columns: readonly { key: string; header: string; note: string }[];
  /** The upload form. */
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={title}
        description={`先逐行检查，全部无误才导入；有一行不符合要求就不导入任何数据。一次最多 ${maxRows} 行。`}
        actions={
          <a href={templateHref} className={buttonClasses({ variant: "secondary" })} download>
            下载模板
          </a>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="上传文件">{children}</Card>
        <Card title="模板各列">
          <dl className="grid gap-2 text-sm">
            {columns.map((column) => (
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
