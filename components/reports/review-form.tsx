"use client";

import { useState } from "react";
import {
  AcceptProblemRows,
  rowsToItems,
  type AcceptOptions,
  type ProblemRow,
} from "@/components/reports/accept-problem-rows";
import { acceptReportAction, returnReportAction } from "@/lib/reports/actions";
import { REVIEW_SECTIONS, type ReviewSectionKey } from "@/lib/reports/sections";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/**
 * Staff's decision on the submitted version: return it with a reason beside the sections to
 * revise (at least one), or accept it, listing the problems it declares for the ledger. Typed
 * reasons and rows survive a refusal.
 */
export function ReviewForm({
  reportId,
  version,
  problemsText,
  options,
}: {
  reportId: number;
  version: number;
  problemsText: string;
  options: AcceptOptions;
}) {
  const [reasons, setReasons] = useState<Partial<Record<ReviewSectionKey, string>>>({});
  const [asking, setAsking] = useState<"return" | "accept" | null>(null);
  const [pending, setPending] = useState(false);
  const [rows, setRows] = useState<ProblemRow[]>([]);
  const [error, setError] = useState<{
    message: string;
    reasons?: string[];
    fieldErrors?: Record<string, string[]>;
  } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function decide(decision: "return" | "accept") {
    setAsking(null);
    setPending(true);
    setError(null);
    const result =
      decision === "return"
        ? await returnReportAction(null, { reportId, version, reasons })
        : await acceptReportAction(null, { reportId, version, items: rowsToItems(rows) });
    setPending(false);
    if (result.ok) {
      const listed = decision === "accept" ? rows.length : 0;
      setDone(
        decision === "return"
          ? "报告已退回，企业党委书记会收到通知。"
          : `报告已通过审核。${listed > 0 ? `${listed} 个问题已列入问题清单。` : ""}`,
      );
    } else {
      setError({ message: result.error, reasons: result.fieldErrors?.reasons, fieldErrors: result.fieldErrors });
    }
  }

  if (done) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {done}
      </p>
    );
  }
  return (
    <Card title="审核" description={`审核第 ${version} 次提交的版本。退回时在需要修改的部分旁写明理由（至少一处）。`}>
      <div className="grid gap-3">
        <div className="grid gap-3 sm:grid-cols-2">
          {REVIEW_SECTIONS.map((section) => (
            <div key={section.key}>
              <label htmlFor={`reason-${section.key}`} className="text-sm font-medium text-ink">
                {section.label}
              </label>
              <Textarea
                id={`reason-${section.key}`}
                rows={2}
                maxLength={1000}
                placeholder="无需修改则留空"
                value={reasons[section.key] ?? ""}
                onChange={(event) => setReasons({ ...reasons, [section.key]: event.target.value })}
              />
            </div>
          ))}
        </div>
        <FieldError id="reasons-error" messages={error?.reasons} />
        <AcceptProblemRows
          rows={rows}
          onChange={setRows}
          options={options}
          problemsText={problemsText}
          errors={error?.fieldErrors}
        />
        <FieldError id="items-error" messages={error?.fieldErrors?.items} />
        {error && !error.reasons && (
          <p role="alert" className="rounded-md bg-accent-50 px-3 py-2 text-sm text-accent-800">
            {error.message}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={pending} onClick={() => setAsking("return")}>
            退回修改
          </Button>
          <Button disabled={pending} onClick={() => setAsking("accept")}>
            审核通过
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking === "return" ? "退回这份报告？" : "通过这份报告？"}
        confirmLabel={asking === "return" ? "退回" : "通过"}
        pending={pending}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && void decide(asking)}
      >
        <p>
          {asking === "return"
            ? "报告将退回企业修改，企业党委书记会看到各部分旁的退回理由。"
            : "通过后报告不能再修改，领导可以阅读。"}
          {asking === "accept" &&
            (rows.length > 0
              ? `同时将 ${rows.length} 个问题列入问题清单，并通知企业党委书记整改。`
              : "不列入问题清单。")}
        </p>
      </ConfirmDialog>
    </Card>
  );
}
