import type { Metadata } from "next";
import { PhaseReportList } from "@/components/reports/phase-report-list";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "自查报告" };

/** Leaders read accepted reports here (staff use /admin/reports, which lists every state). */
export default async function AcceptedReportsPage({ searchParams }: { searchParams: Promise<{ phase?: string }> }) {
  const user = await requirePermission("report.readAccepted");
  return <PhaseReportList user={user} phaseParam={(await searchParams).phase} basePath="/reports/accepted" />;
}
