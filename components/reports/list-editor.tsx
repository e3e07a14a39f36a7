"use client";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

type Row = Record<string, string>;

/**
 * A list of two-field rows (name + description) with add and remove: the brands and the
 * innovation cases of a report.
 */
export function ListEditor<T extends Row>({
  idPrefix,
  rows,
  fields,
  addLabel,
  emptyRow,
  onChange,
  disabled,
}: {
  idPrefix: string;
  rows: readonly T[];
  fields: readonly [{ key: keyof T & string; label: string }, { key: keyof T & string; label: string }];
  addLabel: string;
  emptyRow: T;
  onChange: (rows: T[]) => void;
  disabled?: boolean;
}) {
  const [first, second] = fields;
  const update = (index: number, key: keyof T & string, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  return (
    <div className="grid gap-3">
      {rows.length === 0 && <p className="text-sm text-muted">还没有填写。</p>}
      <ol className="grid gap-3">
        {rows.map((row, index) => (
          <li key={index} className="grid gap-2 rounded-md border border-line p-3" data-testid={`${idPrefix}-row`}>
            <div className="flex items-end gap-2">
              <div className="min-w-0 flex-1">
                <label htmlFor={`${idPrefix}-${index}-${first.key}`} className="text-xs font-medium text-ink-soft">
                  {first.label} {index + 1}
                </label>
                <Input
                  id={`${idPrefix}-${index}-${first.key}`}
                  value={row[first.key]}
                  maxLength={100}
                  disabled={disabled}
                  onChange={(event) => update(index, first.key, event.target.value)}
                />
              </div>
              <Button
                variant="ghost"
                className="text-accent-700"
                disabled={disabled}
                aria-label={`删除第 ${index + 1} 条`}
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              >
                删除
              </Button>
            </div>
            <div>
              <label htmlFor={`${idPrefix}-${index}-${second.key}`} className="text-xs font-medium text-ink-soft">
                {second.label}
              </label>
              <Textarea
                id={`${idPrefix}-${index}-${second.key}`}
                rows={2}
                value={row[second.key]}
                maxLength={2000}
                disabled={disabled}
                onChange={(event) => update(index, second.key, event.target.value)}
              />
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          variant="secondary"
          size="sm"
          disabled={disabled || rows.length >= 50}
          onClick={() => onChange([...rows, emptyRow])}
        >
          {addLabel}
        </Button>
      </div>
    </div>
  );
}
