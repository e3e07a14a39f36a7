import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/rubrics/action-button";
import { NameForm } from "@/components/rubrics/name-form";
import { RubricCategories } from "@/components/rubrics/rubric-categories";
import { RubricStatusBadge } from "@/components/rubrics/rubric-status-badge";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime, formatNumber } from "@/lib/format";
import { activateRubricAction, copyRubricAction, deleteRubricAction, updateRubricAction } from "@/lib/rubrics/actions";
import { getRubricDetail } from "@/lib/rubrics/queries";
import { RUBRIC_TOTAL_HALVES, rubricEditRefusal } from "@/lib/rubrics/rules";
import { formatHalves } from "@/lib/scoring/points";

export const metadata: Metadata = { title: "评分细则" };

export default async function RubricPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("campaign.manage");
  const id = Number((await params).id);
  const rubric = Number.isInteger(id) && id > 0 ? await getRubricDetail(id) : null;
  if (!rubric) notFound();

  const state = { status: rubric.status, hasSubmittedSheets: rubric.submittedSheets > 0 };
  const textRefusal = rubricEditRefusal(state, false);
  const structureRefusal = rubricEditRefusal(state, true);
  const itemCount = rubric.categories.reduce((sum, category) => sum + category.items.length, 0);
  const complete = rubric.totalHalves === RUBRIC_TOTAL_HALVES;
  const active = rubric.otherVersions.find((version) => version.status === "ACTIVE");

  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/rubrics" className="text-sm text-ink-soft underline-offset-2 hover:underline">
        ‹ 评分细则
      </Link>
      <header className="mt-2 mb-5 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">
            {rubric.title} <span className="text-base font-normal text-muted">第 {rubric.version} 版</span>
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <RubricStatusBadge status={rubric.status} />
            {rubric.phase.campaign.name} · {rubric.phase.name}
            {rubric.activatedAt && ` · ${formatDateTime(rubric.activatedAt)} 启用`}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {rubric.status === "DRAFT" && (
            <ActionButton
              action={activateRubricAction}
              fields={{ rubricId: rubric.id }}
              label="启用此版本"
              pendingLabel="正在启用…"
              variant="primary"
              size="md"
              confirm={
                active
                  ? `启用后，第 ${active.version} 版将停用；已开始的评分表仍按原版本评分。确定启用吗？`
                  : "启用后评分人即按此细则评分。确定启用吗？"
              }
            />
          )}
          <ActionButton
            action={copyRubricAction}
            fields={{ rubricId: rubric.id }}
            label="复制为新版本"
            pendingLabel="正在复制…"
            size="md"
            openResult
          />
          {rubric.status === "DRAFT" && (
            <ActionButton
              action={deleteRubricAction}
              fields={{ rubricId: rubric.id }}
              label="删除草稿"
              goTo="/admin/rubrics"
              variant="danger"
              size="md"
              confirm="确定删除这份草稿吗？"
            />
          )}
        </div>
      </header>

      <dl className="mb-5 grid grid-cols-2 gap-4 rounded-card border border-line bg-surface p-4 shadow-card sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">满分合计</dt>
          <dd
            className={cx("tabular mt-1 text-2xl font-semibold", complete ? "text-emerald-700" : "text-accent-700")}
            data-testid="rubric-total"
          >
            {formatHalves(rubric.totalHalves)}
            <span className="text-sm font-normal text-muted"> / 100 分</span>
          </dd>
          {!complete && (
            <dd className="mt-0.5 text-xs text-accent-700">
              {rubric.totalHalves < RUBRIC_TOTAL_HALVES
                ? `还差 ${formatHalves(RUBRIC_TOTAL_HALVES - rubric.totalHalves)} 分`
                : `超出 ${formatHalves(rubric.totalHalves - RUBRIC_TOTAL_HALVES)} 分`}
            </dd>
          )}
        </div>
        <div>
          <dt className="text-sm text-muted">类别 / 条目</dt>
          <dd className="tabular mt-1 text-2xl font-semibold text-ink">
            {formatNumber(rubric.categories.length)} / {formatNumber(itemCount)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">评分表</dt>
          <dd className="tabular mt-1 text-2xl font-semibold text-ink">
            {formatNumber(rubric.draftSheets + rubric.submittedSheets)}
          </dd>
          <dd className="mt-0.5 text-xs text-muted">已提交 {formatNumber(rubric.submittedSheets)} 份</dd>
        </div>
      </dl>

      {(textRefusal ?? structureRefusal) && (
        <p
          role="note"
          className="mb-5 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
          data-testid="rubric-lock"
        >
          {textRefusal ?? structureRefusal}
        </p>
      )}

      {!textRefusal && (
        <Card title="细则名称" className="mb-5">
          <div className="max-w-lg">
            <NameForm
              action={updateRubricAction}
              fields={{ rubricId: rubric.id }}
              name="title"
              label="细则名称"
              defaultValue={rubric.title}
              submitLabel="保存"
            />
          </div>
        </Card>
      )}

      <RubricCategories
        rubricId={rubric.id}
        categories={rubric.categories}
        textEditable={!textRefusal}
        structureEditable={!structureRefusal}
      />

      {rubric.otherVersions.length > 0 && (
        <Card title="本阶段的其他版本" className="mt-5">
          <ul className="flex flex-wrap gap-3 text-sm">
            {rubric.otherVersions.map((version) => (
              <li key={version.id}>
                <Link
                  href={`/admin/rubrics/${version.id}`}
                  className="inline-flex items-center gap-1.5 underline-offset-2 hover:underline"
                >
                  第 {version.version} 版 <RubricStatusBadge status={version.status} />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
