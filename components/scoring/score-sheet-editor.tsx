"use client";

import { useMemo, useState } from "react";
import { formatHalves, parsePointsText } from "@/lib/scoring/points";
import type { SheetRubric } from "@/lib/scoring/queries";
import type { SheetSnapshot } from "@/lib/scoring/sheet-snapshot";
import { ConflictNotice } from "@/components/scoring/conflict-notice";
import { SaveStatus } from "@/components/scoring/save-status";
import { ScoreStepper } from "@/components/scoring/score-stepper";
import { itemErrors, type EditorItem } from "@/components/scoring/sheet-autosaver";
import { SubmitDialog } from "@/components/scoring/submit-dialog";
import { useSheetEditor } from "@/components/scoring/use-sheet-editor";
import { Button } from "@/components/ui/button";

function halvesOf(text: string | undefined): number {
  const parsed = parsePointsText(text ?? "");
  return parsed.ok && parsed.halves !== null ? parsed.halves : 0;
}

/**
 * The score sheet on a phone held in one hand: one card per item with its guidance, range and a
 * stepper; a comment; and a bar stuck to the bottom with the running total, where the values
 * are saved, and the submit button.
 */
export function ScoreSheetEditor({
  stopId,
  storageKey,
  rubric,
  initial,
}: {
  stopId: number;
  storageKey: string;
  rubric: SheetRubric;
  initial: SheetSnapshot | null;
}) {
  const items = useMemo<EditorItem[]>(
    () =>
      rubric.categories.flatMap((category) =>
        category.items.map(({ id, title, maxHalves }) => ({ id, title, maxHalves })),
      ),
    [rubric],
  );
  const { view, saver } = useSheetEditor({ stopId, storageKey, items, initial });
  const [confirming, setConfirming] = useState(false);
  const { values } = view;
  const localErrors = itemErrors(items, values.scores);
  const errors = { ...view.serverErrors, ...localErrors };

  const setScore = (itemId: number, text: string) =>
    saver.change({ ...values, scores: { ...values.scores, [itemId]: text } });
  const totalHalves = items.reduce(
    (sum, item) => sum + (localErrors[item.id] ? 0 : halvesOf(values.scores[item.id])),
    0,
  );
  const filled = items.filter((item) => (values.scores[item.id] ?? "").trim() !== "").length;
  const problems = items
    .filter((item) => localErrors[item.id] || (values.scores[item.id] ?? "").trim() === "")
    .map((item) => ({ title: item.title, issue: localErrors[item.id] ?? "未评分" }));

  const numberOf = new Map(items.map((item, index) => [item.id, index + 1]));
  return (
    <div className="grid gap-4">
      {view.notice && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {view.notice}
        </p>
      )}
      {view.conflict && (
        <ConflictNotice
          items={items}
          mine={values}
          theirs={view.conflict}
          onChoose={(choice) => saver.resolveConflict(choice)}
        />
      )}

      {rubric.categories.map((category) => {
        const subtotal = category.items.reduce(
          (sum, item) => sum + (localErrors[item.id] ? 0 : halvesOf(values.scores[item.id])),
          0,
        );
        const max = category.items.reduce((sum, item) => sum + item.maxHalves, 0);
        return (
          <section key={category.id} aria-labelledby={`category-${category.id}`} className="grid gap-3">
            <header className="flex items-baseline justify-between gap-3 px-1">
              <h2 id={`category-${category.id}`} className="text-base font-semibold text-ink">
                {category.name}
              </h2>
              <span className="tabular text-sm text-muted">
                小计 {formatHalves(subtotal)} / {formatHalves(max)}
              </span>
            </header>
            {category.items.map((item) => {
              const fieldId = `item-${item.id}`;
              const error = errors[item.id];
              return (
                <div
                  key={item.id}
                  // Scrolled into view (a focused field, an error) clear of the bar stuck to the bottom.
                  className="scroll-mt-20 scroll-mb-36 rounded-card border border-line bg-surface p-4 shadow-card"
                  data-testid="score-item"
                >
                  <div className="flex items-start justify-between gap-3">
                    <label htmlFor={fieldId} className="font-medium text-ink">
                      {numberOf.get(item.id)}. {item.title}
                    </label>
                    <span className="tabular shrink-0 text-sm text-muted">满分 {formatHalves(item.maxHalves)}</span>
                  </div>
                  {item.guidance && <p className="mt-1 text-sm text-ink-soft">{item.guidance}</p>}
                  <p id={`${fieldId}-range`} className="mt-2 text-xs text-muted">
                    0 – {formatHalves(item.maxHalves)} 分，每次 0.5 分
                  </p>
                  <div className="mt-2">
                    <ScoreStepper
                      id={fieldId}
                      label={item.title}
                      value={values.scores[item.id] ?? ""}
                      maxHalves={item.maxHalves}
                      describedBy={`${fieldId}-range${error ? ` ${fieldId}-error` : ""}`}
                      invalid={Boolean(error)}
                      onChange={(text) => setScore(item.id, text)}
                    />
                  </div>
                  {error && (
                    <p id={`${fieldId}-error`} className="mt-1.5 text-sm text-accent-700">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}

      <div className="rounded-card border border-line bg-surface p-4 shadow-card">
        <label htmlFor="sheet-comment" className="font-medium text-ink">
          评语 <span className="text-sm font-normal text-muted">（可选）</span>
        </label>
        <textarea
          id="sheet-comment"
          rows={4}
          maxLength={2000}
          value={values.comment}
          onChange={(event) => saver.change({ ...values, comment: event.target.value })}
          placeholder="亮点、不足和建议"
          className="mt-2 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none"
        />
      </div>

      <div
        className="sticky bottom-0 z-20 -mx-4 border-t border-line bg-surface/95 px-4 pt-3 shadow-[0_-2px_8px_rgb(16_24_40/0.06)] backdrop-blur sm:mx-0 sm:rounded-card sm:border"
        style={{ paddingBottom: "calc(0.75rem + env(safe-area-inset-bottom))" }}
      >
        <div className="flex items-center gap-3">
          <div className="min-w-0 flex-1">
            <p className="text-sm text-muted">
              合计{" "}
              <span className="tabular text-2xl font-semibold text-ink" data-testid="running-total">
                {formatHalves(totalHalves)}
              </span>{" "}
              / 100 分 · 已评 {filled}/{items.length} 项
            </p>
            <SaveStatus state={view.state} saved={initial !== null} onRetry={() => void saver.saveNow()} />
          </div>
          <Button size="lg" onClick={() => setConfirming(true)} disabled={view.submitting || view.conflict !== null}>
            提交评分
          </Button>
        </div>
      </div>

      <SubmitDialog
        open={confirming}
        total={formatHalves(totalHalves)}
        problems={problems}
        submitting={view.submitting}
        error={view.submitError}
        onConfirm={async () => {
          await saver.submit();
          // A stale submit shows the newer version on the page; the dialog steps aside for it.
          if (saver.current.conflict) setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
