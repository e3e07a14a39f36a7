"use client";

import { useEffect } from "react";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { DATABASE_UNAVAILABLE_DIGEST, RETRY_AFTER_SECONDS, UNAVAILABLE_TITLE } from "@/lib/availability/constants";

/**
 * Unexpected errors below the root layout. In production a server error reaches the browser
 * without its message, only with a digest that matches the server log: show that for support.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const unavailable = digest === DATABASE_UNAVAILABLE_DIGEST;

  // The database is down: try again by ourselves shortly (the next request meets the proxy's
  // 503 page until the database is back, and that page refreshes itself too).
  useEffect(() => {
    if (!unavailable) return;
    const timer = setTimeout(() => retry(), RETRY_AFTER_SECONDS * 2000);
    return () => clearTimeout(timer);
  }, [unavailable, retry]);

  if (unavailable) {
    return (
      <StatusPage
        code="503"
        title={UNAVAILABLE_TITLE}
        description={<p>平台的数据库暂时无法连接，请稍后重试；恢复后本页会自动重新加载。</p>}
      >
        <Button onClick={() => retry()}>重试</Button>
      </StatusPage>
    );
  }

  return (
    <StatusPage
      code="出错了"
      title="页面暂时无法显示"
      description={
        <>
          <p>系统处理时遇到问题，请稍后重试。如果问题反复出现，请联系管理员。</p>
          {digest && (
            <p className="mt-2">
              错误编号：<code className="font-mono text-ink-soft select-all">{digest}</code>
            </p>
          )}
        </>
      }
    >
      <Button onClick={() => retry()}>重试</Button>
      <Link href="/" className={buttonClasses({ variant: "secondary" })}>
        返回首页
      </Link>
    </StatusPage>
  );
}
