import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/current-user";
import { listEnterpriseOptions } from "@/lib/users/queries";

export const metadata: Metadata = { title: "新建账号" };

export default async function NewUserPage() {
  await requirePermission("user.manage");
  const enterprises = await listEnterpriseOptions();
  return (
    <>
      <PageHeader title="新建账号" description="企业党委书记账号须绑定所属企业。" />
      <Card>
        <UserForm enterprises={enterprises} />
      </Card>
    </>
  );
}
