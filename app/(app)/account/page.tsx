import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { TokenTable } from "@/components/account/token-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { accountProfile, listApiTokens } from "@/lib/api-tokens/queries";
import { requireUser } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "个人设置" };

/** 个人设置: who the account is, and, for those who may call the API, their personal tokens. */
export default async function AccountPage() {
  const user = await requireUser();
  const usesApi = can(user.role, "api.read");
  const [profile, tokens] = await Promise.all([accountProfile(user.id), usesApi ? listApiTokens(user.id) : []]);
  if (!profile) notFound();

  return (
    <>
      <PageHeader title="个人设置" description="账号信息与接口令牌" />
      <div className="space-y-6">
        <Card title="账号信息" data-testid="account-info">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-muted">姓名</dt>
            <dd className="text-ink">{profile.displayName}</dd>
            <dt className="text-muted">用户名</dt>
            <dd className="font-mono text-ink">{profile.username}</dd>
            <dt className="text-muted">角色</dt>
            <dd className="text-ink">{ROLE_LABELS[profile.role]}</dd>
            {profile.title && (
              <>
                <dt className="text-muted">职务</dt>
                <dd className="text-ink">{profile.title}</dd>
              </>
            )}
            {profile.enterprise && (
              <>
                <dt className="text-muted">所属企业</dt>
                <dd className="text-ink">{profile.enterprise.name}</dd>
              </>
            )}
            <dt className="text-muted">开通日期</dt>
            <dd className="tabular text-ink">{formatDate(profile.createdAt)}</dd>
          </dl>
          <p className="mt-4 text-xs text-muted">姓名、职务、角色或所属企业需要变更时，请联系市国资委党建工作人员。</p>
        </Card>

        {usesApi ? (
          <Card
            title="接口令牌"
            description="供指挥中心大屏、办公系统等程序以您的身份调用只读接口（/api/v1/…）"
            data-testid="api-tokens"
          >
            <div className="space-y-6">
              <CreateTokenForm />
              <TokenTable tokens={tokens} />
              <p className="text-xs text-muted">
                令牌只在生成时显示一次，平台仅保存其摘要。令牌拥有与您相同的查看权限，请妥善保管；不再使用或可能泄露时请立即撤销。
                账号停用后，其令牌随即失效。
              </p>
            </div>
          </Card>
        ) : (
          <Card title="接口令牌" data-testid="api-tokens-unavailable">
            <p className="text-sm text-ink-soft">
              只读接口供市国资委工作人员和领导使用，企业党委书记账号不提供接口令牌。
            </p>
          </Card>
        )}
      </div>
    </>
  );
}
