import type { Metadata } from "next";
import { TargetForm } from "@/components/assets/target-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { assetTargetList } from "@/lib/assets/queries";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "资产目标设置" };

/** Staff set the asset targets: one per year, due at the end of that year. */
export default async function AssetTargetsPage() {
  await requirePermission("asset.fileAny");
  const targets = await assetTargetList();
  return (
    <>
      <PageHeader title="资产目标设置" description="每个年份一个目标，以该年12月末资产总额衡量；修改会记入操作日志" />
      <div className="grid gap-6">
        <Card title="现有目标">
          {targets.length === 0 ? (
            <p className="text-sm text-muted">尚未设置目标。</p>
          ) : (
            <ul className="divide-y divide-line">
              {targets.map((target) => (
                <li key={target.id} className="py-4 first:pt-0 last:pb-0">
                  <TargetForm
                    existing={{
                      id: target.id,
                      year: target.year,
                      amount: target.amount.toFixed(2),
                      label: target.label,
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="添加目标">
          <TargetForm />
        </Card>
      </div>
    </>
  );
}
