"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";

/** Revokes a token after a confirmation; calls with it are refused (401) from then on. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState(revokeApiTokenAction, null);
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`撤销令牌「${name}」`}>
        撤销
      </Button>
      {state && !state.ok && (
        <p role="alert" className="mt-1 text-xs text-accent-700">
          {state.error}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={`撤销令牌「${name}」？`}
        confirmLabel="撤销令牌"
        danger
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          startTransition(() => dispatch({ tokenId }));
        }}
      >
        <p>撤销后，使用该令牌的程序将立即无法调用接口，且不能恢复。</p>
      </ConfirmDialog>
    </>
  );
}
