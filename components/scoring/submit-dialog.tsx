"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * The confirmation before a sheet is submitted. Every item is required: with any left empty (or
 * wrong) it lists them and offers only the way back to the form.
 */
export function SubmitDialog({
  open,
  total,
  problems,
  submitting,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  total: string;
  /** Items left empty or holding a wrong value, by title. */
  problems: { title: string; issue: string }[];
  submitting: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const ready = problems.length === 0;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="submit-dialog-title"
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="p-5">
        <h2 id="submit-dialog-title" className="text-lg font-semibold">
          {ready ? "确认提交评分表" : "还有条目未完成"}
        </h2>
        {ready ? (
          <p className="mt-2 text-sm text-ink-soft">
            合计 <span className="tabular text-xl font-semibold text-accent-700">{total}</span>{" "}
            分。提交后评分表不能再修改；如需更正，须由市国资委工作人员解锁。
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm text-ink-soft">每一项都须评分后才能提交。以下 {problems.length} 项尚需处理：</p>
            <ul
              className="mt-2 max-h-60 list-disc space-y-1 overflow-y-auto pl-5 text-sm"
              data-testid="submit-problems"
            >
              {problems.map((problem) => (
                <li key={problem.title}>
                  {problem.title}
                  <span className="text-muted">（{problem.issue}）</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {error && (
          <p role="alert" className="mt-3 rounded-md bg-accent-50 px-3 py-2 text-sm text-accent-800">
            {error}
          </p>
        )}
      </div>
      <div className="flex flex-col-reverse gap-2 border-t border-line px-5 py-4 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onClose} disabled={submitting}>
          {ready ? "返回修改" : "返回填写"}
        </Button>
        {ready && (
          <Button size="lg" onClick={onConfirm} disabled={submitting}>
            {submitting ? "正在提交…" : "确认提交"}
          </Button>
        )}
      </div>
    </dialog>
  );
}
