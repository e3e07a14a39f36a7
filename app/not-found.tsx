import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <StatusPage code="404" title="页面不存在" description="您访问的页面不存在，或者相关记录已被删除、您无权查看。">
      <Link href="/" className={buttonClasses()}>
        返回首页
      </Link>
    </StatusPage>
  );
}
