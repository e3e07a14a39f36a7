"use client";

import { useEffect } from "react";
import "./globals.css";

/**
 * Replaces the root layout when it fails, so it brings its own <html>, styles and title; kept
 * free of other components in case those are what broke.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <html lang="zh-CN">
      <body className="min-h-dvh">
        <title>出错了 · 党建“大观摩”平台</title>
        <main className="flex min-h-dvh items-center justify-center px-4 py-16">
          <div className="w-full max-w-md text-center">
            <h1 className="text-2xl font-semibold tracking-tight text-ink">平台暂时无法使用</h1>
            <p className="mt-3 text-sm text-muted">系统遇到意外问题，请稍后重试。如果问题反复出现，请联系管理员。</p>
            {digest && (
              <p className="mt-2 text-sm text-muted">
                错误编号：<code className="font-mono select-all">{digest}</code>
              </p>
            )}
            <button
              type="button"
              onClick={() => retry()}
              className="mt-6 inline-flex h-10 items-center rounded-md bg-accent-700 px-4 text-sm font-medium text-white hover:bg-accent-800"
            >
              重试
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
