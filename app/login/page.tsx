import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { LoginForm } from "@/components/auth/login-form";
import { BrandMark } from "@/components/shell/brand-mark";

export const metadata: Metadata = { title: "登录" };

// Only codes we know are turned into words; anything else in the URL is ignored, so a crafted
// link cannot put its own text on the sign-in page.
const ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: "用户名或密码错误",
  SessionRequired: "请先登录",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));

  if (await getCurrentUser()) redirect(callbackUrl);

  const errorCode = first(params.error);
  const initialError = errorCode ? (ERROR_MESSAGES[errorCode] ?? "登录未能完成，请重新登录") : undefined;
  const passwordChanged = first(params.notice) === "password-changed";

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <BrandMark className="size-12" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-ink">党建“大观摩”平台</h1>
          <p className="mt-2 text-sm text-balance text-muted">
            市国资系统国企党建观摩活动：观摩排期、现场评分、自查报告、问题整改与资产目标进度。
          </p>
        </div>

        {passwordChanged && (
          <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            密码已修改，请用新密码登录。
          </p>
        )}
        <div className="rounded-card border border-line bg-surface p-6 shadow-card">
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </div>

        <p className="mt-6 text-center text-xs text-muted">
          账号由市国资委党建工作人员开通；忘记密码请联系管理员重置。
        </p>
      </div>
    </main>
  );
}
