import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  title: string;
  role: Role;
  isActive: boolean;
  enterprise: { shortName: string } | null;
};

/** All accounts: a table on desktop, stacked rows on a phone. */
export function UserTable({ users }: { users: UserRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">用户列表</caption>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              姓名
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              用户名
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
              角色
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium md:table-cell">
              所属企业
            </th>
            <th scope="col" className="py-2 font-medium">
              状态
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => (
            <tr key={user.id} className={user.isActive ? "" : "text-muted"}>
              <td className="py-2.5 pr-4">
                <Link
                  href={`/admin/users/${user.id}`}
                  className="font-medium text-ink underline-offset-2 hover:underline"
                >
                  {user.displayName}
                </Link>
                {user.title && <span className="block text-xs text-muted">{user.title}</span>}
              </td>
              <td className="py-2.5 pr-4 font-mono text-xs">{user.username}</td>
              <td className="hidden py-2.5 pr-4 sm:table-cell">{ROLE_LABELS[user.role]}</td>
              <td className="hidden py-2.5 pr-4 md:table-cell">{user.enterprise?.shortName ?? "—"}</td>
              <td className="py-2.5">
                {user.isActive ? <Badge tone="success">启用</Badge> : <Badge tone="neutral">已停用</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
