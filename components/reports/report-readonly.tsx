import { formatHalves, decimalToHalves } from "@/lib/scoring/points";
import { TEXT_SECTIONS, type ReviewSectionKey } from "@/lib/reports/sections";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { ReasonNote } from "@/components/reports/reason-note";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import type { EditorCategory } from "@/components/reports/report-editor";

/** A report (or one submitted version of it) as read by the reviewer or after submission. */
export function ReportReadonly({
  report,
  categories,
  reasons = {},
}: {
  report: Omit<ReportSnapshot, "attachments">;
  categories: readonly EditorCategory[];
  reasons?: Partial<Record<ReviewSectionKey, string>>;
}) {
  const items = categories.flatMap((category) => category.items);
  const total = items.reduce((sum, item) => {
    const score = report.selfScores[item.id];
    return sum + (score ? decimalToHalves(score) : 0);
  }, 0);
  const besides = (key: ReviewSectionKey) => cx("grid gap-3", reasons[key] && "lg:grid-cols-[1fr_16rem]");
  return (
    <div className="grid gap-5">
      {TEXT_SECTIONS.map((section) => (
        <Card key={section.key} title={section.label}>
          <div className={besides(section.key)}>
            <p className="text-sm whitespace-pre-wrap text-ink">{report[section.key] || "（未填写）"}</p>
            <ReasonNote reason={reasons[section.key]} />
          </div>
        </Card>
      ))}
      <Card title={`党建品牌（${report.brands.length} 个）`}>
        <div className={besides("brands")}>
          <NamedList rows={report.brands.map((brand) => [brand.name, brand.description])} />
          <ReasonNote reason={reasons.brands} />
        </div>
      </Card>
      <Card title={`创新案例（${report.innovationCases.length} 个）`}>
        <div className={besides("innovationCases")}>
          <NamedList rows={report.innovationCases.map((item) => [item.title, item.summary])} />
          <ReasonNote reason={reasons.innovationCases} />
        </div>
      </Card>
      <Card title="自评分" description={items.length > 0 ? `合计 ${formatHalves(total)} 分` : undefined}>
        <div className={besides("selfScores")}>
          {items.length === 0 ? (
            <p className="text-sm text-muted">本阶段没有启用的评分细则。</p>
          ) : (
            <dl className="grid gap-3">
              {categories.map((category) => (
                <div key={category.id}>
                  <dt className="text-sm font-semibold text-ink">{category.name}</dt>
                  <dd>
                    <ul className="mt-1 grid gap-1">
                      {category.items.map((item) => (
                        <li key={item.id} className="flex justify-between gap-3 border-t border-line pt-1 text-sm">
                          <span className="min-w-0 text-ink-soft">{item.title}</span>
                          <span className="shrink-0 tabular text-ink">
                            {report.selfScores[item.id]
                              ? formatHalves(decimalToHalves(report.selfScores[item.id]!))
                              : "—"}
                            <span className="text-muted"> / {formatHalves(decimalToHalves(item.maxPoints))}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <ReasonNote reason={reasons.selfScores} />
        </div>
      </Card>
    </div>
  );
}

function NamedList({ rows }: { rows: [string, string][] }) {
  if (rows.length === 0) return <p className="text-sm text-muted">（未填写）</p>;
  return (
    <ol className="grid gap-2">
      {rows.map(([name, text], index) => (
        <li key={index} className="text-sm">
          <span className="font-medium text-ink">{name}</span>
          {text && <span className="text-ink-soft">：{text}</span>}
        </li>
      ))}
    </ol>
  );
}
