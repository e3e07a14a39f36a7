import type { Metadata } from "next";
import { PhaseReportList } from "@/components/reports/phase-report-list";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "自查报告审核" };

export default async function StaffReportsPage({ searchParams }: { searchParams: Promise<{ phase?: string }> }) {
  const user = await requirePermission("report.review");
  return <PhaseReportList user={user} phaseParam={(await searchParams).phase} basePath="/admin/reports" />;
}
