import type { ReactNode } from "react";
import { BrandMark } from "@/components/shell/brand-mark";

/** The frame of 404 / 403 / error pages: a code, a sentence, and a way on. */
export function StatusPage({
  code,
  title,
  description,
  children,
}: {
  code: string;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div className="w-full max-w-md text-center">
        <BrandMark className="mx-auto size-10" />
        <p className="tabular mt-6 text-sm font-semibold tracking-widest text-accent-700">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <div className="mt-3 text-sm text-muted">{description}</div>}
        {children && <div className="mt-6 flex flex-wrap justify-center gap-3">{children}</div>}
      </div>
    </main>
  );
}
