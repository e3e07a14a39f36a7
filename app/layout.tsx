import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · 党建“大观摩”平台", default: "党建“大观摩”平台" },
  description: "市国资系统党建“大观摩”活动：观摩排期、现场评分、自查报告、问题整改与资产目标看板",
  // An internal government platform: keep it out of search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b91c1c",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so that Next can put the CSP nonce of proxy.ts on its scripts
  // (a page prerendered at build time would carry none and be blocked).
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
