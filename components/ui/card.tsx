import type { HTMLAttributes, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

type CardProps = Omit<HTMLAttributes<HTMLElement>, "title"> & {
  title?: ReactNode;
  description?: ReactNode;
  /** Top-right corner: a badge or a small action. */
  actions?: ReactNode;
  /** Heading level of the title, so the page outline stays correct. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
};

/** A white panel with an optional titled header; a <section> named by its title when it has one. */
export function Card({ title, description, actions, headingLevel = 2, className, children, ...props }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      data-print="plain"
      className={cx("rounded-card border border-line bg-surface shadow-card", className)}
      {...props}
    >
      {(title || actions) && (
        <header className="flex items-start justify-between gap-3 px-5 pt-4">
          <div className="min-w-0">
            {title && <Heading className="text-base font-semibold text-ink">{title}</Heading>}
            {description && <p className="mt-0.5 text-sm text-muted">{description}</p>}
          </div>
          {actions && <div className="shrink-0">{actions}</div>}
        </header>
      )}
      <div className="px-5 pt-3 pb-5">{children}</div>
    </section>
  );
}
