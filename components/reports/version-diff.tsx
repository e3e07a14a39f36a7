import { diffLines, hasChanges, type DiffLine } from "@/lib/reports/diff";
import { REVIEW_SECTIONS } from "@/lib/reports/sections";
import { brandLines, caseLines, type ReportSnapshot } from "@/lib/reports/snapshot";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";

function sectionText(
  snapshot: ReportSnapshot,
  key: (typeof REVIEW_SECTIONS)[number]["key"],
  itemTitles: Map<string, string>,
) {
  switch (key) {
    case "brands":
      return brandLines(snapshot.brands);
    case "innovationCases":
      return caseLines(snapshot.innovationCases);
    case "selfScores":
      return Object.entries(snapshot.selfScores)
        .map(([itemId, score]) => `${itemTitles.get(itemId) ?? `条目 ${itemId}`}：${score}`)
        .join("\n");
    case "attachments":
      return snapshot.attachments.map((file) => file.name).join("\n");
    default:
      return snapshot[key];
  }
}

/** Two submitted versions compared section by section, line by line. */
export function VersionDiff({
  from,
  to,
  itemTitles,
}: {
  from: { version: number; snapshot: ReportSnapshot };
  to: { version: number; snapshot: ReportSnapshot };
  itemTitles: Map<string, string>;
}) {
  const sections = REVIEW_SECTIONS.map((section) => ({
    ...section,
    lines: diffLines(
      sectionText(from.snapshot, section.key, itemTitles),
      sectionText(to.snapshot, section.key, itemTitles),
    ),
  }));
  const changed = sections.filter((section) => hasChanges(section.lines));
  return (
    <Card
      title={`第 ${from.version} 版与第 ${to.version} 版对比`}
      description={
        changed.length === 0 ? "两个版本内容相同。" : `有 ${changed.length} 个部分改动；未改动的部分不列出。`
      }
    >
      <div className="grid gap-4" data-testid="version-diff">
        {changed.map((section) => (
          <section key={section.key}>
            <h3 className="text-sm font-semibold text-ink">{section.label}</h3>
            <ol className="mt-1 overflow-hidden rounded-md ring-1 ring-line">
              {section.lines.map((line, index) => (
                <DiffRow key={index} line={line} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Card>
  );
}

function DiffRow({ line }: { line: DiffLine }) {
  const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
  return (
    <li
      className={cx(
        "flex gap-2 px-2 py-0.5 text-sm break-words whitespace-pre-wrap",
        line.kind === "added" && "bg-emerald-50 text-emerald-900",
        line.kind === "removed" && "bg-accent-50 text-accent-900 line-through decoration-accent-300",
        line.kind === "same" && "text-ink-soft",
      )}
    >
      <span aria-hidden="true" className="w-3 shrink-0 select-none">
        {sign}
      </span>
      <span className="sr-only">{line.kind === "added" ? "新增：" : line.kind === "removed" ? "删除：" : ""}</span>
      <span className="min-w-0">{line.text || " "}</span>
    </li>
  );
}
