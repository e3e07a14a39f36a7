import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoredImage } from "@/components/files/stored-image";
import { DeleteEntryControl } from "@/components/library/delete-entry-control";
import { PromoteControl } from "@/components/library/promote-control";
import { TagList } from "@/components/library/tag-list";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseIdSegment } from "@/lib/api/query";
import { formatDateTime } from "@/lib/format";
import { EXPERIENCE_KIND_LABELS } from "@/lib/labels";
import { findLibraryEntry } from "@/lib/library/queries";

export const metadata: Metadata = { title: "经验库" };

export default async function LibraryEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("experience.read");
  const id = parseIdSegment((await params).id);
  const entry = id ? await findLibraryEntry(id) : null;
  if (!entry) notFound();
  const manage = can(user.role, "experience.manage");

  return (
    <>
      <PageHeader
        title={entry.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="info">{EXPERIENCE_KIND_LABELS[entry.kind]}</Badge>
            {entry.promoted && <Badge tone="accent">已推广</Badge>}
            <span>
              {entry.partyOrganization.enterprise.shortName} · {entry.partyOrganization.name}
            </span>
          </span>
        }
        actions={
          <>
            {manage && (
              <Link href={`/library/${entry.id}/edit`} className={buttonClasses({ variant: "secondary" })}>
                编辑
              </Link>
            )}
            <Link href="/library" className={buttonClasses({ variant: "ghost" })}>
              返回经验库
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="grid content-start gap-6">
          <Card title="简介">
            <p className="text-sm leading-7 whitespace-pre-line text-ink">{entry.summary}</p>
            <div className="mt-4">
              <TagList tags={entry.tags} />
            </div>
          </Card>
          <Card title="照片">
            {entry.photos.length === 0 ? (
              <p className="text-sm text-muted">还没有照片。</p>
            ) : (
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="条目照片">
                {entry.photos.map((photo, index) => (
                  <li key={photo.id} className="overflow-hidden rounded-md border border-line bg-canvas">
                    <a href={`/api/files/${photo.id}`} target="_blank" rel="noreferrer" className="block">
                      <StoredImage
                        fileId={photo.id}
                        alt={`${entry.title} 照片 ${index + 1}`}
                        className="aspect-[4/3] w-full"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="grid content-start gap-6">
          <Card title="基本信息">
            <dl className="grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <dt className="text-muted">企业</dt>
              <dd>{entry.partyOrganization.enterprise.name}</dd>
              <dt className="text-muted">党组织</dt>
              <dd>{entry.partyOrganization.name}</dd>
              <dt className="text-muted">形成阶段</dt>
              <dd>
                {entry.phase.campaign.year}年 {entry.phase.name}
              </dd>
              <dt className="text-muted">推广</dt>
              <dd data-testid="promotion">
                {entry.promoted && entry.promotedAt
                  ? `已推广（${entry.promotedBy?.displayName ?? "—"}，${formatDateTime(entry.promotedAt)}）`
                  : "未推广"}
              </dd>
              {entry.selections.length > 0 && (
                <>
                  <dt className="text-muted">示范评选</dt>
                  <dd>
                    {entry.selections.map((selection) => (
                      <Link
                        key={selection.phase.name}
                        href="/demonstration"
                        className="underline-offset-2 hover:underline"
                      >
                        {selection.phase.campaign.year}年党建优秀示范项目
                      </Link>
                    ))}
                  </dd>
                </>
              )}
              <dt className="text-muted">录入</dt>
              <dd>
                {entry.createdBy.displayName}，{formatDateTime(entry.createdAt)}
              </dd>
            </dl>
          </Card>
          {manage && (
            <Card title={entry.promoted ? "取消推广" : "标记推广"}>
              <PromoteControl key={String(entry.promoted)} entryId={entry.id} promoted={entry.promoted} />
            </Card>
          )}
          {manage && (
            <Card title="删除条目">
              <DeleteEntryControl
                entryId={entry.id}
                title={entry.title}
                photoCount={entry.photos.length}
                blockedReason={
                  entry.promoted
                    ? "该条目已标记推广，不能删除；如确需删除，请先取消推广。"
                    : entry.selections.length > 0
                      ? "该条目已入选党建优秀示范项目，不能删除；如确需删除，请先在示范评选中移除该项。"
                      : null
                }
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
