import type { Metadata } from "next";
import Link from "next/link";
import { PublishedList } from "@/components/demonstration/published-list";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { SELECTION_QUOTAS } from "@/lib/demonstration/rules";
import { currentSelectionPhase, selectionList } from "@/lib/demonstration/queries";
import { EXPERIENCE_KIND_LABELS, SELECTION_CATEGORY_LABELS } from "@/lib/labels";
import type { ExperienceKind } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "示范名单" };

export default async function DemonstrationPage() {
  const user = await requirePermission("experience.read");
  const phase = await currentSelectionPhase();
  const list = phase ? await selectionList(phase.id) : null;
  const chosen = list ? list.units.length + list.projects.length + list.sites.length : 0;
  return (
    <>
      <PageHeader
        title="示范名单"
        description={
          phase
            ? `${phase.campaign.name} · ${phase.name}：党建先进示范单位 3 个、党建优秀示范项目 3 个、国企党建观摩示范点 6 个，已选定 ${chosen} / 12。`
            : "示范观摩阶段尚未设置。"
        }
        actions={
          can(user.role, "demonstration.select") && (
            <Link href="/admin/demonstration" className={buttonClasses({ variant: "secondary" })}>
              进行评选
            </Link>
          )
        }
      />
      {!list ? (
        <EmptyState title="还没有示范名单" />
      ) : (
        <div className="grid gap-6">
          <Card title={SELECTION_CATEGORY_LABELS.UNIT} data-testid="published-UNIT">
            <PublishedList items={list.units} quota={SELECTION_QUOTAS.UNIT} label={SELECTION_CATEGORY_LABELS.UNIT} />
          </Card>
          <Card title={SELECTION_CATEGORY_LABELS.PROJECT} data-testid="published-PROJECT">
            <PublishedList
              items={list.projects}
              quota={SELECTION_QUOTAS.PROJECT}
              label={SELECTION_CATEGORY_LABELS.PROJECT}
              detail={(item) => (item.detail ? EXPERIENCE_KIND_LABELS[item.detail as ExperienceKind] : null)}
            />
          </Card>
          <Card
            title={SELECTION_CATEGORY_LABELS.SITE}
            description="示范观摩期间可在“示范观摩报名”中报名参观"
            data-testid="published-SITE"
          >
            <PublishedList
              items={list.sites}
              quota={SELECTION_QUOTAS.SITE}
              label={SELECTION_CATEGORY_LABELS.SITE}
              detail={(item) => item.detail}
            />
          </Card>
        </div>
      )}
    </>
  );
}
