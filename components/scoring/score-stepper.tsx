"use client";

import { formatHalves, parsePointsText } from "@/lib/scoring/points";
import { cx } from "@/components/ui/cx";

type Props = {
  id: string;
  label: string;
  value: string;
  maxHalves: number;
  describedBy?: string;
  invalid: boolean;
  disabled?: boolean;
  onChange: (text: string) => void;
};

const stepButton =
  "flex size-12 shrink-0 items-center justify-center rounded-md border border-line-strong bg-surface text-2xl leading-none " +
  "text-ink select-none active:bg-line disabled:cursor-not-allowed disabled:text-muted/50 touch-manipulation";

/**
 * − [ 8.5 ] +: big targets for a thumb, steps of 0.5 within 0..max, and a field for typing a
 * value directly (a decimal keypad on phones). An empty field steps up from 0.
 */
export function ScoreStepper({ id, label, value, maxHalves, describedBy, invalid, disabled, onChange }: Props) {
  const parsed = parsePointsText(value);
  const halves = parsed.ok ? parsed.halves : null;
  const step = (delta: number) => {
    const from = halves ?? (delta > 0 ? 0 : 1);
    onChange(formatHalves(Math.min(maxHalves, Math.max(0, from + delta))));
  };
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        className={stepButton}
        aria-label={`${label}减 0.5 分`}
        disabled={disabled || halves === 0}
        onClick={() => step(-1)}
      >
        −
      </button>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="next"
        aria-label={`${label}得分`}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        disabled={disabled}
        value={value}
        placeholder="—"
        onChange={(event) => onChange(event.target.value)}
        className={cx(
          "tabular h-12 w-20 scroll-mt-40 scroll-mb-40 rounded-md border bg-surface px-2 text-center text-xl font-semibold text-ink",
          "focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none",
          invalid ? "border-accent-700" : "border-line-strong",
        )}
      />
      <button
        type="button"
        className={stepButton}
        aria-label={`${label}加 0.5 分`}
        disabled={disabled || (halves !== null && halves >= maxHalves)}
        onClick={() => step(1)}
      >
        +
      </button>
      <button
        type="button"
        className="ml-1 h-12 rounded-md px-2 text-sm text-ink-soft underline-offset-2 hover:underline disabled:text-muted/50"
        disabled={disabled || halves === maxHalves}
        onClick={() => onChange(formatHalves(maxHalves))}
      >
        满分
      </button>
    </div>
  );
}
