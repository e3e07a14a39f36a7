"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { confirmTotpAction, disableTotpAction, startTotpEnrolmentAction } from "@/lib/users/account-actions";

/** Creates (or replaces) the secret waiting to be confirmed. */
export function StartTotpForm({ again }: { again: boolean }) {
  const [state, submit, pending] = useActionState(startTotpEnrolmentAction, null);
  return (
    <form action={submit} className="grid gap-3">
      {state && !state.ok && <FormMessage state={state} success="" />}
      <div>
        <Button type="submit" variant={again ? "secondary" : "primary"} disabled={pending}>
          {again ? "重新生成密钥" : "开始设置两步验证"}
        </Button>
      </div>
    </form>
  );
}

function CodeField({ error }: { error?: string[] }) {
  return (
    <Field id="totp-code" label="动态验证码" hint="认证器应用中当前显示的 6 位数字" error={error}>
      {(control) => (
        <Input
          {...control}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={8}
          required
          className="max-w-40"
        />
      )}
    </Field>
  );
}

/** Turns the pending secret on once a code from the app proves it was added correctly. */
export function ConfirmTotpForm() {
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(confirmTotpAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid max-w-sm gap-3" noValidate>
      <CodeField error={errors?.code} />
      <FormMessage state={state} success="两步验证已启用，下次登录时请输入动态验证码" />
      <div>
        <Button type="submit" disabled={pending}>
          确认启用
        </Button>
      </div>
    </form>
  );
}

export function DisableTotpForm() {
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(disableTotpAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid max-w-sm gap-3" noValidate>
      <CodeField error={errors?.code} />
      <FormMessage state={state} success="两步验证已停用" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          停用两步验证
        </Button>
      </div>
    </form>
  );
}
