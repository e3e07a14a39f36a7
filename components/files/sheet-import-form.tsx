"use client";

import type { ReactNode } from "react";
import { FileInput } from "@/components/files/file-input";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/actions/define-action";

type ImportAction<T> = (previous: ActionResult<T> | null, payload: FormData) => Promise<ActionResult<T>>;

/**
 * Upload form for an .xlsx import (enterprises and organisations, asset figures): every row is
 * checked on the server first; the errors come back per row (field keys `row:<number>`) and are
 * listed here, or `renderResult` shows what was written.
 */
export function SheetImportForm<T>({
  action,
  renderResult,
}: {
  action: ImportAction<T>;
  renderResult: (data: T) => ReactNode;
}) {
  const { state, onSubmit, pending } = useKeptForm(action);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const rowErrors = Object.entries(fieldErrors)
    .filter(([key]) => key.startsWith("row:"))
    .map(([key, messages]) => ({ rowNumber: Number(key.slice(4)), messages }))
    .sort((a, b) => a.rowNumber - b.rowNumber);

  return (
    <div className="grid gap-5">
      <form onSubmit={onSubmit} method="post" encType="multipart/form-data" className="grid gap-4" noValidate>
        <Field
          id="import-file"
          label="Excel 文件"
          required
          hint="按模板填写的 .xlsx 文件，不超过 5 MB"
          error={fieldErrors.file}
        >
          {(control) => (
            <FileInput
              {...control}
              name="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
            />
          )}
        </Field>
        {state && !state.ok && !fieldErrors.file && <FormMessage state={state} success="" />}
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "正在检查…" : "检查并导入"}
          </Button>
        </div>
      </form>

      {rowErrors.length > 0 && (
        <section aria-labelledby="row-errors-title" className="rounded-md border border-accent-200">
          <h2
            id="row-errors-title"
            className="border-b border-accent-200 bg-accent-50 px-4 py-2 text-sm font-semibold text-accent-800"
          >
            逐行检查结果：{rowErrors.length} 行有问题
          </h2>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">各行的问题</caption>
            <thead className="text-xs text-muted">
              <tr className="border-b border-line">
                <th scope="col" className="w-20 px-4 py-2 font-medium">
                  行号
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  问题
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rowErrors.map((row) => (
                <tr key={row.rowNumber} data-testid={`import-row-${row.rowNumber}`}>
                  <th scope="row" className="tabular px-4 py-2 align-top font-medium whitespace-nowrap">
                    第 {row.rowNumber} 行
                  </th>
                  <td className="py-2 pr-4">
                    <ul className="list-disc pl-4">
                      {row.messages.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {state?.ok && (
        <section role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {renderResult(state.data)}
        </section>
      )}
    </div>
  );
}
