import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { EXPERIENCE_KIND_LABELS } from "@/lib/labels";
import { EXPERIENCE_KINDS, type LibraryFilter } from "@/lib/library/search";

type Options = {
  enterprises: { id: number; shortName: string }[];
  phases: { id: number; label: string }[];
  tags: { tag: string; count: number }[];
};

/** Search and filters as a plain GET form: the URL keeps them, and it works before scripts load. */
export function LibraryFilters({ filter, options }: { filter: LibraryFilter; options: Options }) {
  const tagKnown = filter.tag === null || options.tags.some((option) => option.tag === filter.tag);
  return (
    <form method="get" role="search" className="mb-2 grid gap-3">
      <label className="grid gap-1 text-sm">
        <span className="text-muted">搜索标题、简介或标签</span>
        <Input name="q" type="search" defaultValue={filter.q} placeholder="如：学习角" />
      </label>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <label className="grid gap-1 text-sm">
          <span className="text-muted">类别</span>
          <Select name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">全部类别</option>
            {EXPERIENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {EXPERIENCE_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">企业</span>
          <Select name="enterprise" defaultValue={filter.enterpriseId ?? ""}>
            <option value="">全部企业</option>
            {options.enterprises.map((enterprise) => (
              <option key={enterprise.id} value={enterprise.id}>
                {enterprise.shortName}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">形成阶段</span>
          <Select name="phase" defaultValue={filter.phaseId ?? ""}>
            <option value="">全部阶段</option>
            {options.phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                {phase.label}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">标签</span>
          <Select name="tag" defaultValue={filter.tag ?? ""}>
            <option value="">全部标签</option>
            {!tagKnown && filter.tag && <option value={filter.tag}>{filter.tag}</option>}
            {options.tags.map((option) => (
              <option key={option.tag} value={option.tag}>
                {option.tag}（{option.count}）
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">推广</span>
          <Select name="promoted" defaultValue={filter.promoted === null ? "" : filter.promoted ? "yes" : "no"}>
            <option value="">全部</option>
            <option value="yes">已推广</option>
            <option value="no">未推广</option>
          </Select>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          搜索
        </button>
        <Link href="/library" className={buttonClasses({ variant: "ghost" })}>
          清除条件
        </Link>
      </div>
    </form>
  );
}
