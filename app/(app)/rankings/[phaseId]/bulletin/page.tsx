import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/dashboard/print-button";
import { buttonClasses } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/current-user";
import { methodInWords } from "@/lib/dashboard/bulletin";
import { phaseWindow } from "@/lib/dashboard/queries";
import { formatDate, formatDateRange, formatNumber } from "@/lib/format";
import { phaseRankings, rankingPhase, tierCounts } from "@/lib/rankings/queries";
import { rankingsHref } from "@/lib/rankings/filters";

export const metadata: Metadata = { title: "排名通报" };

const positiveId = (value: string) => (/^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null);

// A4 portrait with room for binding; the app's frame is already hidden in print (data-print).
const PRINT_CSS = `@media print { @page { size: A4 portrait; margin: 22mm 20mm 20mm 22mm; } body { background: #fff; } }`;

/**
 * 排名通报: the phase's ranking as a printable notice, from lib/rankings `phaseRankings` (the same
 * numbers as the rankings page, its export and the API); a fixed number of statements.
 */
export default async function RankingBulletinPage({ params }: { params: Promise<{ phaseId: string }> }) {
  await requirePermission("ranking.readAll");
  const phaseId = positiveId((await params).phaseId);
  if (phaseId === null) notFound();
  const [phase, rankings, counts, window] = await Promise.all([
    rankingPhase(phaseId),
    phaseRankings(phaseId),
    tierCounts(phaseId),
    phaseWindow(phaseId),
  ]);
  if (!phase || !rankings || !window) notFound();

  const issuedOn = phase.resultsPublishedAt ?? new Date();
  const tierSummary = [
    ...phase.tiers.map((tier) => ({
      name: tier.name,
      count: counts.find((row) => row.tier === tier.name)?.count ?? 0,
    })),
    ...counts.filter((row) => row.tier === null).map((row) => ({ name: "未分类", count: row.count })),
  ];

  return (
    <article
      className="mx-auto max-w-3xl bg-surface px-5 py-8 text-ink shadow-card sm:px-12 print:max-w-none print:p-0 print:shadow-none"
      data-testid="bulletin"
    >
      <style>{PRINT_CSS}</style>
      <div className="mb-6 flex flex-wrap justify-end gap-2" data-print="hide">
        <Link href={rankingsHref({ phaseId })} className={buttonClasses({ variant: "secondary" })}>
          返回排名
        </Link>
        <PrintButton />
      </div>

      <header className="text-center">
        <h1 className="text-xl leading-relaxed font-bold tracking-wide sm:text-2xl">
          关于{phase.campaign.name}
          <br />
          {phase.name}阶段排名情况的通报
        </h1>
        <p className="tabular mt-3 text-sm text-ink-soft">{formatDate(issuedOn)}</p>
      </header>

      {!phase.resultsPublishedAt && (
        <p
          className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="bulletin-draft"
        >
          本阶段结果尚未公布，以下为截至 {formatDate(new Date())} 已提交评分表的计算结果，仅供审阅。
        </p>
      )}

      <section className="mt-6 space-y-3 text-[15px] leading-8 indent-[2em]">
        <p>
          按照{phase.campaign.name}工作安排，
          {formatDateRange(window.startsOn, window.endsOn)}
          开展{phase.name}，共有 {formatNumber(rankings.items.length)} 个党组织参加评分排名。现将有关情况通报如下。
        </p>
        <p>一、排名方法。{methodInWords(phase).join("")}</p>
        <p>
          二、分类情况。
          {tierSummary.length > 0
            ? tierSummary.map((tier) => `“${tier.name}”${formatNumber(tier.count)}个`).join("，") + "。"
            : "本阶段未设置分类档次。"}
        </p>
        <p>三、排名结果。详见下表。</p>
      </section>

      <table className="mt-4 w-full border-collapse text-sm print:text-[10.5pt]" data-testid="bulletin-table">
        <caption className="sr-only">{phase.name}排名</caption>
        <thead>
          <tr className="border-y-2 border-ink">
            <th scope="col" className="px-2 py-1.5 text-center font-semibold">
              名次
            </th>
            <th scope="col" className="px-2 py-1.5 text-left font-semibold">
              党组织
            </th>
            <th scope="col" className="hidden px-2 py-1.5 text-left font-semibold sm:table-cell print:table-cell">
              所属企业
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-semibold">
              得分
            </th>
            <th scope="col" className="px-2 py-1.5 text-center font-semibold">
              档次
            </th>
          </tr>
        </thead>
        <tbody>
          {rankings.items.map((item) => (
            <tr
              key={item.partyOrganization.id}
              className="border-b border-line-strong break-inside-avoid"
              data-testid="bulletin-row"
            >
              <td className="tabular px-2 py-1.5 text-center">{item.rank}</td>
              <td className="px-2 py-1.5">
                {item.partyOrganization.name}
                <span className="block text-xs text-muted sm:hidden print:hidden">{item.enterprise.name}</span>
              </td>
              <td className="hidden px-2 py-1.5 sm:table-cell print:table-cell">{item.enterprise.name}</td>
              <td className="tabular px-2 py-1.5 text-right">{item.score}</td>
              <td className="px-2 py-1.5 text-center whitespace-nowrap">{item.tier ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section className="mt-6 space-y-3 text-[15px] leading-8 indent-[2em]">
        <p>
          希望各单位对照排名和分类结果，找差距、补短板，挖亮点、推经验，以观摩促提升，推动党建工作与生产经营深度融合。
        </p>
        <p>特此通报。</p>
      </section>
      <footer className="mt-10 text-right text-[15px] leading-8">
        <p>市国资委</p>
        <p className="tabular">{formatDate(issuedOn)}</p>
      </footer>
    </article>
  );
}
