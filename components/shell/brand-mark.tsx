import { cx } from "@/components/ui/cx";

/** The platform's mark: a plain star on red (deliberately not the party emblem). */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false" className={cx("shrink-0", className)}>
      <rect width="64" height="64" rx="14" fill="#b91c1c" />
      <path fill="#fde68a" d="M32 12.5l5.6 12.3 13.4 1.5-10 9.1 2.8 13.2L32 41.9l-11.8 6.7 2.8-13.2-10-9.1 13.4-1.5z" />
    </svg>
  );
}
