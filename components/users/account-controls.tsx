"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { resetPasswordAction, setUserActiveAction } from "@/lib/users/actions";

/** Disables an account (ending its sessions at once) or enables it again. */
export function ActiveToggle({
  userId,
  isActive,
  displayName,
}: {
  userId: number;
  isActive: boolean;
  displayName: string;
}) {
  const [state, submit, pending] = useActionState(setUserActiveAction, null);
  return (
    <form
      action={submit}
      onSubmit={(event) => {
        if (isActive && !window.confirm(`确定停用「${displayName}」的账号吗？该账号将立即退出登录。`))
          event.preventDefault();
      }}
      className="grid gap-3"
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={isActive ? "false" : "true"} />
      <FormMessage state={state} success={isActive ? "已启用" : "已停用"} />
      <div>
        <Button type="submit" variant={isActive ? "danger" : "secondary"} disabled={pending}>
          {isActive ? "停用账号" : "重新启用"}
        </Button>
      </div>
    </form>
  );
}

/** Sets a new password; the user must change it at the next sign-in, and current sessions end. */
export function ResetPasswordForm({ userId }: { userId: number }) {
  const [state, submit, pending] = useActionState(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={submit} className="grid max-w-sm gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <Field id="new-password" label="新密码" hint="至少 10 个字符" error={errors?.password}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <FormMessage state={state} success="密码已重置，该用户需重新登录" />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          重置密码
        </Button>
      </div>
    </form>
  );
}
