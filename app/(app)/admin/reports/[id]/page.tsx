import type { Metadata } from "next";
import { ReportDetail, type CompareQuery } from "@/components/reports/report-detail";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "自查报告" };

export default async function StaffReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<CompareQuery>;
}) {
  const user = await requirePermission("report.review");
  return <ReportDetail user={user} idParam={(await params).id} query={await searchParams} basePath="/admin/reports" />;
}
