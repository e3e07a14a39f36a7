"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { changeOwnPasswordAction } from "@/lib/users/account-actions";

/**
 * The caller's own password change. Success ends every session of the account (this one too), so
 * the page moves on to the sign-in page, which says why.
 */
export function ChangePasswordForm() {
  const router = useRouter();
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(changeOwnPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) router.replace("/login?notice=password-changed");
  }, [state, router]);

  return (
    <form onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <Field id="current-password" label="当前密码" error={errors?.currentPassword}>
        {(control) => (
          <Input {...control} name="currentPassword" type="password" autoComplete="current-password" required />
        )}
      </Field>
      <Field
        id="new-password"
        label="新密码"
        hint="至少 10 个字符，可使用中文、空格和符号；不能是常见密码，不能包含用户名"
        error={errors?.newPassword}
      >
        {(control) => (
          <Input {...control} name="newPassword" type="password" autoComplete="new-password" required maxLength={128} />
        )}
      </Field>
      <Field id="confirm-password" label="再次输入新密码" error={errors?.confirmPassword}>
        {(control) => (
          <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" required />
        )}
      </Field>
      <FormMessage state={state} success="密码已修改，请用新密码重新登录" />
      <div>
        <Button type="submit" disabled={pending || Boolean(state?.ok)}>
          {pending ? "正在保存…" : "修改密码"}
        </Button>
      </div>
    </form>
  );
}
