import type { ButtonHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const variants: Record<ButtonVariant, string> = {
  // Red is kept for the one main action on a screen.
  primary: "bg-accent-700 text-white hover:bg-accent-800 active:bg-accent-900 disabled:bg-accent-700/60",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-canvas active:bg-line disabled:text-muted",
  danger:
    "border border-accent-200 bg-surface text-accent-700 hover:bg-accent-50 active:bg-accent-100 disabled:text-accent-700/60",
  ghost: "text-ink-soft hover:bg-canvas hover:text-ink active:bg-line disabled:text-muted",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 gap-1.5 px-3 text-sm",
  // 40px+ targets stay comfortable for fingers on a phone at a site.
  md: "h-10 gap-2 px-4 text-sm",
  lg: "h-12 gap-2 px-5 text-base",
};

/** The classes of a button, for links that look like one (`<Link className={buttonClasses()}>`). */
export function buttonClasses(options: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  const { variant = "primary", size = "md", className } = options;
  return cx(
    "inline-flex shrink-0 select-none items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed",
    variants[variant],
    sizes[size],
    className,
  );
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
};

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />;
}
