"use client";

import Link from "next/link";
import { SheetImportForm } from "@/components/files/sheet-import-form";
import { importAssetFiguresAction } from "@/lib/assets/import/actions";

/** The asset figures import; says how many months were filed, corrected or unchanged. */
export function AssetImportForm() {
  return (
    <SheetImportForm
      action={importAssetFiguresAction}
      renderResult={(data) => (
        <>
          <p className="font-medium">
            导入完成：新填报 {data.created} 条，更正 {data.corrected} 条，数值未变 {data.unchanged} 条。
          </p>
          <p className="mt-2">
            <Link href="/assets" className="underline underline-offset-2">
              查看资产目标进度
            </Link>
          </p>
        </>
      )}
    />
  );
}
