import type { Metadata } from "next";
import { EntryForm } from "@/components/library/entry-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { libraryPhaseOptions } from "@/lib/library/queries";
import { listHostOptions } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "新建经验条目" };

export default async function NewLibraryEntryPage() {
  await requirePermission("experience.manage");
  const [hosts, phases] = await Promise.all([listHostOptions(), libraryPhaseOptions()]);
  return (
    <>
      <PageHeader title="新建经验条目" description="记录一个党组织在某一阶段形成的品牌、案例、亮点名片或特色板块。" />
      <Card>
        <EntryForm hosts={hosts} phases={phases} />
      </Card>
    </>
  );
}
