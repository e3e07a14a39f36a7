"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/actions/define-action";

type Props<Output> = {
  action: (previous: ActionResult<Output> | null, payload: FormData) => Promise<ActionResult<Output>>;
  /** The hidden fields naming the record, e.g. { orgId: 3 }. */
  fields: Record<string, string | number>;
  isActive: boolean;
  /** 停用企业 / 停用党组织 … */
  noun: string;
  name: string;
  /** What disabling also does, said in the confirmation. */
  consequences: ReactNode;
};

/** Disable (after a confirmation that says what goes with it) or enable a record. */
export function ActiveToggle<Output>({ action, fields, isActive, noun, name, consequences }: Props<Output>) {
  const { state, submit, pending } = useKeptForm(action);
  const [asking, setAsking] = useState(false);

  function send() {
    setAsking(false);
    const formData = new FormData();
    for (const [key, value] of Object.entries(fields)) formData.set(key, String(value));
    formData.set("active", isActive ? "false" : "true");
    submit(formData);
  }

  return (
    <div className="grid gap-3">
      {state && !state.ok && <FormMessage state={state} success="" />}
      <div>
        <Button
          variant={isActive ? "danger" : "secondary"}
          size="sm"
          disabled={pending}
          onClick={() => (isActive ? setAsking(true) : send())}
        >
          {isActive ? `停用${noun}` : `启用${noun}`}
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={`停用「${name}」？`}
        confirmLabel="确认停用"
        danger
        pending={pending}
        onConfirm={send}
        onCancel={() => setAsking(false)}
      >
        {consequences}
      </ConfirmDialog>
    </div>
  );
}
