import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmTotpForm, DisableTotpForm, StartTotpForm } from "@/components/account-security/totp-forms";
import { accountSetupStep, requireUser } from "@/lib/auth/current-user";
import { otpauthUri } from "@/lib/auth/totp";
import { loadOwnTotpState } from "@/lib/users/queries";

export const metadata: Metadata = { title: "两步验证" };

/** Groups of four, as authenticator apps show secrets for typing in by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

export default async function AccountSecurityPage() {
  const user = await requireUser({ allowSetup: ["enrolTotp"] });
  const state = await loadOwnTotpState(user.id);
  if (!state) notFound();
  const required = accountSetupStep(user) === "enrolTotp";

  return (
    <>
      <PageHeader
        title="两步验证"
        description="登录时除密码外，还需输入手机认证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP）生成的 6 位动态验证码。"
      />
      {required && (
        <p
          role="alert"
          data-testid="must-enrol-totp"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          按平台设置，管理员和领导账号必须启用两步验证。完成设置后才能使用平台的其他功能。
        </p>
      )}
      <div className="grid gap-6">
        <Card title="当前状态">
          <p className="text-sm">
            两步验证：{state.enabled ? <Badge tone="success">已启用</Badge> : <Badge>未启用</Badge>}
          </p>
          {state.enabled && (
            <p data-testid="totp-enabled" className="mt-2 text-sm text-muted">
              登录时除密码外，还需输入认证器上的 6 位动态验证码。
            </p>
          )}
          <p className="mt-3 text-sm">
            <Link href="/account/password" className="text-accent-700 underline">
              修改登录密码
            </Link>
          </p>
        </Card>
        {state.enabled ? (
          <Card title="停用两步验证">
            <p className="mb-3 text-sm text-muted">
              更换手机前请先停用，再用新手机重新设置。停用需要输入当前的动态验证码。
            </p>
            <DisableTotpForm />
          </Card>
        ) : state.pendingSecret ? (
          <Card title="添加到认证器">
            <ol className="mb-4 list-decimal space-y-2 pl-5 text-sm">
              <li>
                在认证器应用中选择“添加账户”→“手动输入密钥”，账户名填 {state.username}，输入下面的密钥（基于时间）。
              </li>
              <li>或把下面的 otpauth 链接复制到支持该格式的应用中。</li>
              <li>输入应用显示的 6 位数字，确认启用。</li>
            </ol>
            <dl className="mb-4 grid gap-2 text-sm">
              <dt className="text-muted">密钥</dt>
              <dd data-testid="totp-secret" className="font-mono text-base tracking-wider break-all">
                {grouped(state.pendingSecret)}
              </dd>
              <dt className="text-muted">otpauth 链接</dt>
              <dd data-testid="totp-uri" className="font-mono text-xs break-all">
                {otpauthUri(state.pendingSecret, state.username)}
              </dd>
            </dl>
            <ConfirmTotpForm />
            <div className="mt-4 border-t border-line pt-4">
              <StartTotpForm again />
            </div>
          </Card>
        ) : (
          <Card title="启用两步验证">
            <StartTotpForm again={false} />
          </Card>
        )}
      </div>
    </>
  );
}
