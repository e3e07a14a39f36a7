import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DemoBadge } from "@/components/home/demo-badge";
import { SelfReportStatus } from "@/components/home/self-report-status";
import { Row, RowList } from "@/components/home/row-list";
import {
  chinaToday,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatMonth,
  formatNumber,
  formatYi,
} from "@/lib/format";
import { DELEGATION_PART_LABELS, PROBLEM_SEVERITY_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CampaignOverview } from "@/lib/home/queries";
import {
  enterpriseWithLatestAsset,
  myUpcomingTours,
  problemsToAct,
  secretaryCounts,
  selfReportFor,
  stopsToScore,
} from "@/lib/home/secretary-queries";

/** 企业党委书记: this phase's self-report and the stops to score first, then problems, tours, assets. */
export async function SecretaryHome({
  user,
  campaign,
  now,
}: {
  user: SessionUser;
  campaign: CampaignOverview | null;
  now: Date;
}) {
  const enterpriseId = user.enterpriseId;
  const phase = campaign?.activePhase ?? null;
  const [counts, report, problems, tours, scoring, enterprise] = await Promise.all([
    secretaryCounts({ userId: user.id, enterpriseId }, now),
    enterpriseId && phase ? selfReportFor({ enterpriseId, phaseId: phase.id }) : null,
    enterpriseId ? problemsToAct(enterpriseId) : [],
    myUpcomingTours(user.id, now),
    stopsToScore(user.id, user.enterpriseId),
    enterpriseId ? enterpriseWithLatestAsset(enterpriseId) : null,
  ]);
  const today = chinaToday(now);

  return (
    <div className="space-y-6">
      {!enterpriseId && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          您的账号尚未绑定企业，自查报告、问题整改和资产填报暂不可用，请联系市国资委党建工作人员。
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        {enterpriseId && (
          <Card
            title="本阶段自查报告"
            description={phase ? `${enterprise?.shortName ?? user.enterpriseName ?? ""} · ${phase.name}` : undefined}
            data-testid="secretary-self-report"
            actions={
              phase ? (
                <Link href={`/reports/${phase.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  打开报告
                </Link>
              ) : undefined
            }
          >
            {phase ? (
              <SelfReportStatus report={report} deadline={phase.selfReportDeadline} now={now} />
            ) : (
              <EmptyState title="当前没有进行中的阶段" />
            )}
          </Card>
        )}

        <Card
          title="待评分的观摩点"
          description="您作为评分成员、尚未提交评分表的观摩点"
          actions={<CountBadge count={scoring.total} unit="个" />}
          data-testid="secretary-stops-to-score"
        >
          {scoring.stops.length === 0 ? (
            <EmptyState title="没有待评分的观摩点" />
          ) : (
            <RowList label="待评分的观摩点">
              {scoring.stops.map((stop) => (
                <Row
                  key={stop.id}
                  title={stop.siteName}
                  href={`/scoring/${stop.id}`}
                  meta={
                    <>
                      {stop.organizationName} · {stop.tourTitle} ·{" "}
                      <span className="tabular">{formatDateTime(stop.arriveAt)}</span>
                    </>
                  }
                  aside={stop.hasDraft ? <Badge>草稿已保存</Badge> : <Badge tone="accent">未评分</Badge>}
                />
              ))}
            </RowList>
          )}
        </Card>
      </div>

      {enterpriseId && (
        <Card
          title="本企业待整改问题"
          description={`待整改、整改中的问题${counts.problemsToVerify > 0 ? `；另有 ${formatNumber(counts.problemsToVerify)} 个已提交待核验` : ""}`}
          actions={
            <div className="flex gap-1.5">
              <CountBadge count={counts.problemsToAct} unit="个" />
              {counts.problemsToActOverdue > 0 && (
                <Badge tone="accent">逾期 {formatNumber(counts.problemsToActOverdue)} 个</Badge>
              )}
            </div>
          }
          data-testid="secretary-problems"
        >
          {problems.length === 0 ? (
            <EmptyState title="没有需要整改的问题" />
          ) : (
            <RowList label="本企业待整改问题">
              {problems.map((problem) => {
                const overdue = problem.deadline < today;
                return (
                  <Row
                    key={problem.id}
                    title={problem.description}
                    href={`/problems/${problem.id}`}
                    meta={
                      <>
                        {problem.partyOrganization.name} · {PROBLEM_SEVERITY_LABELS[problem.severity]} · 整改期限{" "}
                        <span className={overdue ? "font-medium text-accent-700" : "tabular"}>
                          {formatDate(problem.deadline)}
                        </span>
                      </>
                    }
                    aside={
                      <>
                        {overdue && <Badge tone="accent">已逾期</Badge>}
                        <Badge tone={problem.status === "OPEN" ? "warning" : "info"}>
                          {PROBLEM_STATUS_LABELS[problem.status]}
                        </Badge>
                      </>
                    }
                  />
                );
              })}
            </RowList>
          )}
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title="我参加的观摩活动"
          description="已发布、尚未结束的观摩活动"
          actions={<CountBadge count={counts.toursUpcoming} unit="场" />}
          data-testid="secretary-tours"
        >
          {tours.length === 0 ? (
            <EmptyState title="暂无您参加的观摩活动" />
          ) : (
            <RowList label="我参加的观摩活动">
              {tours.map((tour) => {
                const seat = tour.delegation[0];
                return (
                  <Row
                    key={tour.id}
                    title={tour.title}
                    href={`/tours/${tour.id}`}
                    meta={
                      <>
                        <span className="tabular">{formatDateTimeRange(tour.startsAt, tour.endsAt)}</span> ·{" "}
                        {tour._count.stops} 个观摩点
                        {tour.meetingPoint ? ` · 集合：${tour.meetingPoint}` : ""}
                      </>
                    }
                    aside={
                      seat ? (
                        <Badge tone={seat.isScoring ? "accent" : "neutral"}>
                          {DELEGATION_PART_LABELS[seat.part]}
                          {seat.isScoring ? " · 评分" : ""}
                        </Badge>
                      ) : null
                    }
                  />
                );
              })}
            </RowList>
          )}
        </Card>

        {enterprise?.countsTowardAssetTarget && (
          <Card
            title="资产填报"
            description={`${enterprise.shortName}月末资产总额`}
            data-testid="secretary-assets"
            actions={
              <Link href="/assets/file" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                去填报
              </Link>
            }
          >
            {enterprise.assetFigures[0] ? (
              <div>
                <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
                  <p className="tabular text-2xl font-semibold tracking-tight text-ink">
                    {formatYi(enterprise.assetFigures[0].totalAssets)}
                  </p>
                  {enterprise.assetFigures[0].isDemo && <DemoBadge />}
                </div>
                <p className="mt-1 text-sm text-muted">
                  最近填报：{formatMonth(enterprise.assetFigures[0].month)}末（
                  {formatDate(enterprise.assetFigures[0].updatedAt)} 更新）
                </p>
              </div>
            ) : (
              <EmptyState title="本企业尚未填报资产数据" />
            )}
          </Card>
        )}
      </div>
    </div>
  );
}

function CountBadge({ count, unit }: { count: number; unit: string }) {
  return <Badge tone={count > 0 ? "accent" : "neutral"}>{`共 ${formatNumber(count)} ${unit}`}</Badge>;
}
