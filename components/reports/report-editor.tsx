"use client";

import { useCallback, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { formatDateTime, formatTime } from "@/lib/format";
import { submitReportAction } from "@/lib/reports/actions";
import { TEXT_SECTIONS, type ReviewSectionKey } from "@/lib/reports/sections";
import { decimalToHalves, formatHalves, parsePointsText } from "@/lib/scoring/points";
import { ListEditor } from "@/components/reports/list-editor";
import { ReasonNote } from "@/components/reports/reason-note";
import { useReportAutosave, type ReportValues, type SaveStatus } from "@/components/reports/use-report-autosave";
import { ScoreStepper } from "@/components/scoring/score-stepper";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { cx } from "@/components/ui/cx";

export type EditorCategory = {
  id: number;
  name: string;
  items: { id: number; title: string; guidance: string; maxPoints: string }[];
};

type Props = {
  phaseId: number;
  phaseName: string;
  deadline: Date | null;
  reportId: number | null;
  editVersion: number;
  initial: ReportValues;
  categories: EditorCategory[];
  reasons: Partial<Record<ReviewSectionKey, string>>;
  /** The attachments panel (uploads go through their own actions). */
  attachments: ReactNode;
};

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "填写后自动保存";
    case "pending":
      return "保存中…";
    case "saved":
      return `草稿已保存 ${formatTime(status.at)}`;
    case "offline":
      return "网络中断，内容仍在本页，恢复后修改任意内容即会保存";
    default:
      return status.message;
  }
}

/** The secretary's report form: sections, lists, self-scores; saved as they type, submitted on confirmation. */
export function ReportEditor(props: Props) {
  const router = useRouter();
  const onCreated = useCallback(() => router.refresh(), [router]);
  const editor = useReportAutosave({
    phaseId: props.phaseId,
    reportId: props.reportId,
    editVersion: props.editVersion,
    initial: props.initial,
    onCreated,
  });
  const { values, change, status, fieldErrors } = editor;
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitErrors, setSubmitErrors] = useState<{ error: string; fields: Record<string, string[]> } | null>(null);
  const errors = { ...fieldErrors, ...(submitErrors?.fields ?? {}) };

  const items = props.categories.flatMap((category) => category.items);
  const unscored = items.filter((item) => (values.selfScores[item.id] ?? "").trim() === "").length;
  const total = items.reduce((sum, item) => {
    const parsed = parsePointsText(values.selfScores[item.id] ?? "");
    return sum + (parsed.ok && parsed.halves !== null ? parsed.halves : 0);
  }, 0);
  const late = props.deadline !== null && new Date() > props.deadline;

  async function submit() {
    setConfirming(false);
    setSubmitting(true);
    setSubmitErrors(null);
    const saved = await editor.saveNow();
    if (!saved || editor.reportId === null) {
      setSubmitting(false);
      setSubmitErrors({ error: "草稿未能保存，报告没有提交。请先处理上面的提示。", fields: {} });
      return;
    }
    const result = await submitReportAction(null, { reportId: editor.reportId, baseVersion: editor.version.current });
    if (result.ok) {
      router.refresh();
      return;
    }
    setSubmitting(false);
    setSubmitErrors({ error: result.error, fields: result.fieldErrors ?? {} });
  }

  const warning = status.kind === "invalid" || status.kind === "stopped" || status.kind === "offline";
  return (
    <div className="grid gap-5">
      {TEXT_SECTIONS.map((section) => (
        <Card key={section.key} title={section.label} headingLevel={2}>
          <div className={cx("grid gap-3", props.reasons[section.key] && "lg:grid-cols-[1fr_16rem]")}>
            <div>
              <label htmlFor={`section-${section.key}`} className="sr-only">
                {section.label}
              </label>
              <Textarea
                id={`section-${section.key}`}
                rows={6}
                value={values[section.key]}
                aria-invalid={errors[section.key] ? true : undefined}
                aria-describedby={errors[section.key] ? `section-${section.key}-error` : undefined}
                onChange={(event) => change({ ...values, [section.key]: event.target.value })}
              />
              <FieldError id={`section-${section.key}-error`} messages={errors[section.key]} />
            </div>
            <ReasonNote reason={props.reasons[section.key]} />
          </div>
        </Card>
      ))}

      <Card title="党建品牌" description="本单位创建的支部党建品牌，每条一个品牌。">
        <div className="grid gap-3">
          <ReasonNote reason={props.reasons.brands} />
          <ListEditor
            idPrefix="brand"
            rows={values.brands}
            fields={[
              { key: "name", label: "品牌名称" },
              { key: "description", label: "品牌简介" },
            ]}
            addLabel="添加品牌"
            emptyRow={{ name: "", description: "" }}
            onChange={(brands) => change({ ...values, brands })}
          />
          <FieldError id="brands-error" messages={errors.brands} />
        </div>
      </Card>

      <Card title="创新案例">
        <div className="grid gap-3">
          <ReasonNote reason={props.reasons.innovationCases} />
          <ListEditor
            idPrefix="case"
            rows={values.innovationCases}
            fields={[
              { key: "title", label: "案例标题" },
              { key: "summary", label: "案例摘要" },
            ]}
            addLabel="添加案例"
            emptyRow={{ title: "", summary: "" }}
            onChange={(innovationCases) => change({ ...values, innovationCases })}
          />
          <FieldError id="cases-error" messages={errors.innovationCases} />
        </div>
      </Card>

      <Card
        title="自评分"
        description={
          items.length === 0
            ? undefined
            : `按本阶段启用的评分细则逐项自评（0 至满分，步长 0.5）。合计 ${formatHalves(total)} 分${unscored > 0 ? `，还有 ${unscored} 项未评` : ""}。`
        }
      >
        <div className="grid gap-4">
          <ReasonNote reason={props.reasons.selfScores} />
          <FieldError id="self-scores-error" messages={errors.selfScores} />
          {items.length === 0 ? (
            <p className="text-sm text-muted">本阶段的评分细则尚未启用，启用后即可自评。</p>
          ) : (
            props.categories.map((category) => (
              <fieldset key={category.id} className="grid gap-2">
                <legend className="mb-1 text-sm font-semibold text-ink">{category.name}</legend>
                {category.items.map((item) => {
                  const maxHalves = decimalToHalves(item.maxPoints);
                  const error = errors[`selfScores.${item.id}`];
                  return (
                    <div
                      key={item.id}
                      data-testid="self-score-item"
                      className="flex flex-col gap-2 border-t border-line pt-2 sm:flex-row sm:items-center sm:justify-between"
                    >
                      <div className="min-w-0">
                        <label htmlFor={`self-score-${item.id}`} className="text-sm text-ink">
                          {item.title}
                          <span className="ml-1 text-xs text-muted">（满分 {formatHalves(maxHalves)}）</span>
                        </label>
                        <FieldError id={`self-score-${item.id}-error`} messages={error} />
                      </div>
                      <ScoreStepper
                        id={`self-score-${item.id}`}
                        label={item.title}
                        value={values.selfScores[item.id] ?? ""}
                        maxHalves={maxHalves}
                        describedBy={error ? `self-score-${item.id}-error` : undefined}
                        invalid={Boolean(error)}
                        onChange={(text) =>
                          change({ ...values, selfScores: { ...values.selfScores, [item.id]: text } })
                        }
                      />
                    </div>
                  );
                })}
              </fieldset>
            ))
          )}
        </div>
      </Card>

      {props.attachments}

      <div className="sticky bottom-0 z-20 -mx-4 border-t border-line bg-surface/95 px-4 py-3 shadow-[0_-2px_8px_rgb(16_24_40/0.06)] backdrop-blur sm:mx-0 sm:rounded-card sm:border">
        <div className="flex items-center justify-between gap-3">
          <div className="min-w-0">
            <p
              role="status"
              aria-live="polite"
              data-testid="save-status"
              className={cx("text-xs", warning ? "font-medium text-amber-800" : "text-muted")}
            >
              {statusText(status)}
              {status.kind === "stopped" && (
                <button
                  type="button"
                  className="ml-2 text-accent-700 underline"
                  onClick={() => window.location.reload()}
                >
                  刷新页面
                </button>
              )}
            </p>
            {submitErrors && (
              <p role="alert" className="text-sm text-accent-700">
                {submitErrors.error}
              </p>
            )}
          </div>
          <Button onClick={() => setConfirming(true)} disabled={submitting || status.kind === "stopped"}>
            {submitting ? "正在提交…" : "提交报告"}
          </Button>
        </div>
      </div>

      <ConfirmDialog
        open={confirming}
        title={`提交${props.phaseName}自查报告？`}
        confirmLabel="确认提交"
        pending={submitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
      >
        <p>提交后报告由市国资委审核，审核期间不能修改；如被退回，可按退回理由修改后再次提交。</p>
        {props.deadline && (
          <p className={late ? "font-medium text-amber-800" : undefined}>
            提交截止时间：{formatDateTime(props.deadline)}
            {late && "。现已过截止时间，报告仍可提交，但将标记为逾期。"}
          </p>
        )}
        {unscored > 0 && <p className="text-amber-800">还有 {unscored} 个评分条目未自评，提交会被拒绝。</p>}
      </ConfirmDialog>
    </div>
  );
}
