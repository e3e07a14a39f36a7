import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { EnterpriseListRow } from "@/lib/enterprises/queries";
import { formatNumber } from "@/lib/format";
import { ENTERPRISE_CATEGORY_LABELS } from "@/lib/labels";

/** All enterprises: name and category first; counts drop away on narrow screens. */
export function EnterpriseTable({ enterprises }: { enterprises: EnterpriseListRow[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">企业列表</caption>
      <thead className="border-b border-line text-xs text-muted">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            企业
          </th>
          <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
            类别
          </th>
          <th scope="col" className="hidden py-2 pr-4 text-right font-medium md:table-cell">
            党组织
          </th>
          <th scope="col" className="hidden py-2 pr-4 text-right font-medium md:table-cell">
            党员
          </th>
          <th scope="col" className="hidden py-2 pr-4 text-right font-medium sm:table-cell">
            观摩点
          </th>
          <th scope="col" className="py-2 font-medium">
            状态
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {enterprises.map((enterprise) => (
          <tr key={enterprise.id} className={enterprise.isActive ? "" : "text-muted"}>
            <td className="py-2.5 pr-4">
              <Link
                href={`/admin/enterprises/${enterprise.id}`}
                className="font-medium text-ink underline-offset-2 hover:underline"
              >
                {enterprise.shortName}
              </Link>
              <span className="block text-xs text-muted">{enterprise.name}</span>
              <span className="block text-xs text-muted sm:hidden">
                {ENTERPRISE_CATEGORY_LABELS[enterprise.category]} · 党组织 {enterprise.orgCount} 个 · 观摩点{" "}
                {enterprise.siteCount} 个
              </span>
            </td>
            <td className="hidden py-2.5 pr-4 sm:table-cell">
              {ENTERPRISE_CATEGORY_LABELS[enterprise.category]}
              {enterprise.countsTowardAssetTarget && <span className="block text-xs text-muted">计入资产目标</span>}
            </td>
            <td className="tabular hidden py-2.5 pr-4 text-right md:table-cell">{formatNumber(enterprise.orgCount)}</td>
            <td className="tabular hidden py-2.5 pr-4 text-right md:table-cell">
              {formatNumber(enterprise.memberCount)}
            </td>
            <td className="tabular hidden py-2.5 pr-4 text-right sm:table-cell">
              {formatNumber(enterprise.siteCount)}
            </td>
            <td className="py-2.5">
              {enterprise.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
