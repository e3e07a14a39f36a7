import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActiveToggle, ResetPasswordForm } from "@/components/users/account-controls";
import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/current-user";
import { findUserForEditing, listEnterpriseOptions } from "@/lib/users/queries";

export const metadata: Metadata = { title: "编辑账号" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("user.manage");
  const id = Number((await params).id);
  const user = Number.isInteger(id) && id > 0 ? await findUserForEditing(id) : null;
  if (!user) notFound();
  const enterprises = await listEnterpriseOptions();

  return (
    <>
      <PageHeader
        title={user.displayName}
        description={
          <>
            用户名 <span className="font-mono">{user.username}</span>{" "}
            {user.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
          </>
        }
      />
      <div className="grid gap-6">
        <Card title="基本信息">
          <UserForm enterprises={enterprises} existing={user} />
        </Card>
        <Card title="重置密码">
          <ResetPasswordForm userId={user.id} />
        </Card>
        <Card title={user.isActive ? "停用账号" : "启用账号"}>
          <ActiveToggle userId={user.id} isActive={user.isActive} displayName={user.displayName} />
        </Card>
      </div>
    </>
  );
}
