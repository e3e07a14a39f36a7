"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const timeWithSeconds = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * Re-renders the server page every minute (router.refresh keeps the client state and fetches
 * fresh server components), and shows when the figures on screen were read.
 */
export function AutoRefresh({ renderedAt, intervalMs = 60_000 }: { renderedAt: string; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), intervalMs);
    return () => window.clearInterval(timer);
  }, [router, intervalMs]);
  return (
    <p className="tabular" data-testid="screen-refreshed">
      数据更新于 <time dateTime={renderedAt}>{timeWithSeconds.format(new Date(renderedAt))}</time>
      <span className="ml-[0.6em] opacity-70">每分钟自动刷新</span>
    </p>
  );
}
