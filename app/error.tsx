"use client";

import { useEffect } from "react";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

/**
 * Unexpected errors below the root layout. In production a server error reaches the browser
 * without its message, only with a digest that matches the server log: show that for support.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

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
