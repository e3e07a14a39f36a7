"use client";

import Link from "next/link";
import { SheetImportForm } from "@/components/files/sheet-import-form";
import { importOrganizationsAction } from "@/lib/import/actions";

/** The enterprises and party organisations import; says what was created. */
export function ImportForm() {
  return (
    <SheetImportForm
      action={importOrganizationsAction}
      renderResult={(data) => (
        <>
          <p className="font-medium">
            导入完成：新建企业 {data.enterprisesCreated.length} 家，党组织 {data.organizationsCreated} 个。
          </p>
          <ul className="mt-2 list-disc pl-5">
            {data.byEnterprise.map((entry) => (
              <li key={entry.name}>
                {entry.name}
                {entry.isNew ? "（新建）" : ""}：党组织 {entry.organizations} 个
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/admin/enterprises" className="underline underline-offset-2">
              查看企业列表
            </Link>
          </p>
        </>
      )}
    />
  );
}
