import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatGrid } from "@/components/ui/stat";
import { PhaseTimeline } from "@/components/home/phase-timeline";
import { Row, RowList } from "@/components/home/row-list";
import { formatDateTime, formatDateTimeRange, formatNumber } from "@/lib/format";
import { TOUR_STATUS_LABELS } from "@/lib/labels";
import { adminCounts, reportsAwaitingReview, upcomingTours, type CampaignOverview } from "@/lib/home/queries";

/** 市国资委党建工作人员: the queue first (reviews, verifications, overdue items, tours to run). */
export async function AdminHome({ campaign, now }: { campaign: CampaignOverview | null; now: Date }) {
  const [counts, tours, reports] = await Promise.all([adminCounts(now), upcomingTours(now), reportsAwaitingReview()]);

  return (
    <div className="space-y-6">
      <Card title="待办事项" description="需要市国资委处理的事项" data-testid="admin-todo">
        <StatGrid>
          <Stat
            label="待审核自查报告"
            value={formatNumber(counts.reportsToReview)}
            unit="份"
            emphasis={counts.reportsToReview > 0}
            data-testid="stat-reports-to-review"
          />
          <Stat
            label="待核验销号问题"
            value={formatNumber(counts.problemsToVerify)}
            unit="个"
            emphasis={counts.problemsToVerify > 0}
            data-testid="stat-problems-to-verify"
          />
          <Stat
            label="逾期未整改问题"
            value={formatNumber(counts.problemsOverdue)}
            unit="个"
            hint={`未销号问题共 ${formatNumber(counts.problemsUnclosed)} 个`}
            emphasis={counts.problemsOverdue > 0}
            data-testid="stat-problems-overdue"
          />
          <Stat
            label="未来14天观摩活动"
            value={formatNumber(counts.toursUpcoming)}
            unit="场"
            hint={`草稿待发布 ${formatNumber(counts.toursDraft)} 场`}
            data-testid="stat-tours-upcoming"
          />
        </StatGrid>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="近期观摩活动" description="未来14天内开始的观摩活动" data-testid="admin-upcoming-tours">
          {tours.length === 0 ? (
            <EmptyState title="未来14天没有安排观摩活动" />
          ) : (
            <RowList label="近期观摩活动">
              {tours.map((tour) => (
                <Row
                  key={tour.id}
                  title={tour.title}
                  href={`/tours/${tour.id}/edit`}
                  meta={
                    <>
                      <span className="tabular">{formatDateTimeRange(tour.startsAt, tour.endsAt)}</span>
                      {` · ${tour._count.stops} 个观摩点 · 观摩团 ${tour._count.delegation} 人`}
                    </>
                  }
                  aside={
                    <Badge tone={tour.status === "DRAFT" ? "warning" : "info"}>{TOUR_STATUS_LABELS[tour.status]}</Badge>
                  }
                />
              ))}
            </RowList>
          )}
        </Card>

        <Card title="待审核的自查报告" description="按提交时间先后排列" data-testid="admin-reports-to-review">
          {reports.length === 0 ? (
            <EmptyState title="没有待审核的自查报告" />
          ) : (
            <RowList label="待审核的自查报告">
              {reports.map((report) => (
                <Row
                  key={report.id}
                  title={`${report.enterpriseName} · ${report.phaseName}`}
                  href={`/admin/reports/${report.id}`}
                  meta={report.lastSubmittedAt ? submittedLine(report.lastSubmittedAt, report.submissionCount) : null}
                  aside={report.late ? <Badge tone="warning">逾期提交</Badge> : null}
                />
              ))}
            </RowList>
          )}
        </Card>
      </div>

      {campaign && (
        <Card title="活动阶段" description={campaign.name} data-testid="campaign-phases">
          <PhaseTimeline phases={campaign.phases} />
        </Card>
      )}
    </div>
  );
}

function submittedLine(submittedAt: Date, submissionCount: number): string {
  return `${formatDateTime(submittedAt)} 提交${submissionCount > 1 ? `（第 ${submissionCount} 次）` : ""}`;
}
