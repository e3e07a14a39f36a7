import type { Metadata } from "next";
import { SiteForm } from "@/components/sites/site-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listHostOptions } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "新建观摩点" };

export default async function NewSitePage() {
  await requirePermission("enterprise.manage");
  const hosts = await listHostOptions();
  return (
    <>
      <PageHeader title="新建观摩点" description="观摩点是党组织展示党建工作的地点；只能选择启用中的党组织。" />
      <Card>
        <SiteForm hosts={hosts} />
      </Card>
    </>
  );
}
