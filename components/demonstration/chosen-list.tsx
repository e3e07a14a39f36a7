"use client";

import { useState } from "react";
import type { ChosenView } from "@/components/demonstration/types";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { removeSelectionAction } from "@/lib/demonstration/actions";

/** The choices made so far, slot by slot, each with who, when and why, and a way to remove it. */
export function ChosenList({ chosen, quota, editable }: { chosen: ChosenView[]; quota: number; editable: boolean }) {
  const slots = Array.from({ length: quota }, (_, index) => chosen.find((item) => item.slot === index + 1) ?? null);
  return (
    <ol className="grid gap-2" aria-label="已入选">
      {slots.map((item, index) =>
        item ? (
          <li
            key={item.selectionId}
            className="rounded-md border border-accent-200 bg-accent-50/40 px-3 py-2"
            data-testid="chosen"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-sm font-semibold text-ink">
                  {index + 1}. {item.name}
                </p>
                <p className="text-xs text-ink-soft">
                  {item.enterprise} · {item.organization}
                </p>
              </div>
              {editable && <RemoveButton item={item} />}
            </div>
            <p className="mt-1 text-sm text-ink">理由：{item.reason}</p>
            <p className="mt-0.5 text-xs text-muted">
              {item.selectedBy} 于 {item.selectedAt} 选定
            </p>
          </li>
        ) : (
          <li
            key={`free-${index}`}
            className="rounded-md border border-dashed border-line-strong px-3 py-2 text-sm text-muted"
          >
            {index + 1}. 待评选
          </li>
        ),
      )}
    </ol>
  );
}

function RemoveButton({ item }: { item: ChosenView }) {
  const { state, submit, pending } = useKeptForm(removeSelectionAction);
  const [asking, setAsking] = useState(false);
  return (
    <div className="flex items-center gap-2">
      {state && !state.ok && (
        <span role="alert" className="text-xs text-accent-700">
          {state.error}
        </span>
      )}
      <Button variant="ghost" size="sm" className="text-accent-700" onClick={() => setAsking(true)} disabled={pending}>
        移除
      </Button>
      <ConfirmDialog
        open={asking}
        title="移除这项评选结果？"
        confirmLabel="移除"
        danger
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          const formData = new FormData();
          formData.set("selectionId", String(item.selectionId));
          submit(formData);
        }}
      >
        <p>「{item.name}」将从示范名单中移除，名额空出后可另选。操作记入操作日志。</p>
      </ConfirmDialog>
    </div>
  );
}
