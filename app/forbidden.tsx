import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "没有权限" };

export default function Forbidden() {
  return (
    <StatusPage code="403" title="您没有权限访问此页面" description="如需开通相应权限，请联系市国资委党建工作人员。">
      <Link href="/" className={buttonClasses()}>
        返回首页
      </Link>
    </StatusPage>
  );
}
