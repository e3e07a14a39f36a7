"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

const INVALID_CREDENTIALS = "用户名或密码错误";

/**
 * next-auth reports a refused password as the code "CredentialsSignin"; a message thrown by our
 * authorize() (throttling) arrives as written, in Chinese. Other codes are next-auth's own and
 * mean nothing to a user, so they get one generic sentence.
 */
function messageFor(error: string): string {
  if (error === "CredentialsSignin") return INVALID_CREDENTIALS;
  if (/^[A-Za-z_]+$/.test(error)) return "登录未能完成，请稍后重试";
  return error;
}

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [failures, setFailures] = useState(0);

  // Most failures are a mistyped password: put the cursor back there, emptied. This runs after
  // the fieldset is enabled again (a disabled input cannot take focus).
  useEffect(() => {
    if (failures === 0 || !passwordRef.current) return;
    passwordRef.current.value = "";
    passwordRef.current.focus();
  }, [failures]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").replace(/\s/g, "");
    if (!username || !password) {
      setError("请输入用户名和密码");
      return;
    }

    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, username, password, code, callbackUrl });
      if (result?.ok && !result.error) {
        // Keep the button disabled while the next page loads.
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(messageFor(result?.error ?? "Unknown"));
    } catch (caught) {
      console.error("sign-in request failed", caught);
      setError("无法连接服务器，请检查网络后重试");
    }
    setSubmitting(false);
    setFailures((count) => count + 1);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby={error ? "login-error" : undefined}>
      <fieldset disabled={submitting} className="space-y-4">
        <legend className="sr-only">账号登录</legend>
        <Field id="username" label="用户名">
          {(control) => (
            <Input
              {...control}
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              autoFocus
              maxLength={64}
            />
          )}
        </Field>
        <Field id="password" label="密码">
          {(control) => (
            <Input
              {...control}
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={256}
            />
          )}
        </Field>

        <Field id="code" label="动态验证码" hint="仅已启用两步验证的账号填写：认证器应用中的 6 位数字">
          {(control) => (
            <Input
              {...control}
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={8}
            />
          )}
        </Field>

        {/* Announced as soon as it appears; stays until the next attempt. */}
        <div aria-live="assertive">
          {error && (
            <p
              id="login-error"
              role="alert"
              className="rounded-md border border-accent-200 bg-accent-50 px-3 py-2 text-sm text-accent-800"
            >
              {error}
            </p>
          )}
        </div>

        <Button type="submit" size="lg" className="w-full" aria-busy={submitting || undefined}>
          {submitting ? "正在登录…" : "登录"}
        </Button>
      </fieldset>
    </form>
  );
}
