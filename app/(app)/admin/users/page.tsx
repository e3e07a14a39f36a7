import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserTable } from "@/components/users/user-table";
import { requirePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage() {
  await requirePermission("user.manage");
  const users = await listUsers();
  return (
    <>
      <PageHeader
        title="用户管理"
        description={`共 ${users.length} 个账号。停用账号、修改角色或重置密码后，该账号会立即退出登录。`}
        actions={
          <Link href="/admin/users/new" className={buttonClasses()}>
            新建账号
          </Link>
        }
      />
      <Card>
        <UserTable users={users} />
      </Card>
    </>
  );
}
