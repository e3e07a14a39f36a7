import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/account-security/change-password-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  // The one page (with its action) open while a forced change is pending.
  const user = await requireUser({ allowSetup: ["changePassword"] });
  return (
    <>
      <PageHeader title="修改密码" description="修改后，本账号在所有设备上的登录都会结束，请用新密码重新登录。" />
      {user.mustChangePassword && (
        <p
          role="alert"
          data-testid="must-change-password"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          您的密码由管理员设置或不符合当前的密码要求，请先修改密码，然后才能使用平台的其他功能。
        </p>
      )}
      <Card title="设置新密码">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
