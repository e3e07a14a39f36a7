import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatDateRange } from "@/lib/format";
import type { CampaignOverview } from "@/lib/home/queries";
import type { SessionUser } from "@/lib/auth/session-user";

/** Greeting, today's date and where the campaign stands, above every role's home page. */
export function HomeHeader({
  user,
  campaign,
  now,
}: {
  user: SessionUser;
  campaign: CampaignOverview | null;
  now: Date;
}) {
  const phase = campaign?.activePhase;
  const context = campaign
    ? phase
      ? `${campaign.name} · 当前阶段：${phase.name}（${formatDateRange(phase.startsOn, phase.endsOn)}）`
      : `${campaign.name} · 当前没有进行中的阶段`
    : "尚未设置年度观摩活动";
  return (
    <PageHeader
      title={`${user.name}，您好`}
      description={
        <>
          <span className="tabular">{formatDate(now)}</span>
          <span className="hidden sm:inline" aria-hidden="true">
            {" · "}
          </span>
          <span className="block sm:inline">{context}</span>
        </>
      }
    />
  );
}
