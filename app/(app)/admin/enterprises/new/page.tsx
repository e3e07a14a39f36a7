import type { Metadata } from "next";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "新建企业" };

export default async function NewEnterprisePage() {
  await requirePermission("enterprise.manage");
  return (
    <>
      <PageHeader title="新建企业" description="创建后在企业页面添加其党委（党组）、党总支和党支部。" />
      <Card>
        <EnterpriseForm />
      </Card>
    </>
  );
}
