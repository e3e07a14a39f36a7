"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { createApiTokenAction } from "@/lib/api-tokens/actions";

/**
 * Names and creates a personal API token, then shows it once: only its hash is kept, so it
 * cannot be shown again after the page is left.
 */
export function CreateTokenForm() {
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number; name: string; token: string }>(
    createApiTokenAction,
  );
  // Remembers which token was copied, so a new token starts uncopied without resetting state.
  const [copiedToken, setCopiedToken] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const created = state?.ok ? state.data : null;

  useEffect(() => {
    if (created) formRef.current?.reset();
  }, [created]);

  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        onSubmit={onSubmit}
        className="grid max-w-xl gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
        noValidate
      >
        <Field id="token-name" label="令牌名称" required hint="写明用途，便于日后辨认和撤销" error={errors?.name}>
          {(control) => (
            <Input
              {...control}
              name="name"
              maxLength={40}
              placeholder="例如：指挥中心大屏"
              autoComplete="off"
              required
            />
          )}
        </Field>
        <Button type="submit" disabled={pending} className={errors?.name ? "sm:mb-7" : undefined}>
          生成令牌
        </Button>
      </form>
      {state && !state.ok && !errors && <FormMessage state={state} success="" />}

      {created && (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4" data-testid="new-token">
          <p className="text-sm font-medium text-emerald-900">
            已生成令牌「{created.name}」。请立即复制保存：离开本页后将无法再次查看。
          </p>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
            <code
              className="block min-w-0 flex-1 rounded bg-white px-3 py-2 font-mono text-sm break-all text-ink ring-1 ring-emerald-200"
              data-testid="new-token-value"
            >
              {created.token}
            </code>
            <Button
              variant="secondary"
              size="sm"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                setCopiedToken(created.token);
              }}
            >
              {copiedToken === created.token ? "已复制" : "复制"}
            </Button>
          </div>
          <p className="mt-2 text-xs text-emerald-900">
            调用接口时在请求头中携带：<code className="font-mono">Authorization: Bearer 令牌</code>
          </p>
        </div>
      )}
    </div>
  );
}
