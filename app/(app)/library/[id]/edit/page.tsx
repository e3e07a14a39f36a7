import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryForm } from "@/components/library/entry-form";
import { EntryPhotos } from "@/components/library/entry-photos";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { parseIdSegment } from "@/lib/api/query";
import { requirePermission } from "@/lib/auth/current-user";
import { findLibraryEntry, libraryPhaseOptions } from "@/lib/library/queries";
import { listHostOptions } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "编辑经验条目" };

export default async function EditLibraryEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("experience.manage");
  const id = parseIdSegment((await params).id);
  const entry = id ? await findLibraryEntry(id) : null;
  if (!entry) notFound();
  const [hosts, phases] = await Promise.all([listHostOptions(entry.partyOrganizationId), libraryPhaseOptions()]);
  return (
    <>
      <PageHeader
        title={`编辑：${entry.title}`}
        actions={
          <Link href={`/library/${entry.id}`} className="text-sm text-ink-soft underline-offset-2 hover:underline">
            返回条目
          </Link>
        }
      />
      <div className="grid gap-6">
        <Card title="照片" description="经验库和示范名单中展示">
          <EntryPhotos entryId={entry.id} title={entry.title} photos={entry.photos} />
        </Card>
        <Card title="内容">
          <EntryForm hosts={hosts} phases={phases} existing={entry} />
        </Card>
      </div>
    </>
  );
}
