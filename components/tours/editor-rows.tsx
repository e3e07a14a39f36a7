"use client";

import { Button } from "@/components/ui/button";

/** The list with one row changed; the tour editor's rows are replaced, never mutated. */
export function patchAt<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

export function withoutAt<T>(list: T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

/** A row's remove button; a row that others' records point at stays, and says why. */
export function RemoveRowButton({
  text,
  label,
  blockedReason,
  className,
  onRemove,
}: {
  text: string;
  label: string;
  /** Set when the row may not be removed. */
  blockedReason?: string;
  className?: string;
  onRemove: () => void;
}) {
  return (
    <Button
      size="sm"
      variant="ghost"
      className={className}
      aria-label={label}
      disabled={blockedReason !== undefined}
      title={blockedReason}
      onClick={onRemove}
    >
      {text}
    </Button>
  );
}

/** The "add a row" button under a list, off once the list holds as many rows as allowed. */
export function AddRowButton({
  text,
  count,
  limit,
  onAdd,
}: {
  text: string;
  count: number;
  limit: number;
  onAdd: () => void;
}) {
  return (
    <div className="mt-3">
      <Button variant="secondary" size="sm" disabled={count >= limit} onClick={onAdd}>
        {text}
      </Button>
    </div>
  );
}
