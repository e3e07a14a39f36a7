import type { Metadata } from "next";
import Link from "next/link";
import { EntryCard } from "@/components/library/entry-card";
import { LibraryFilters } from "@/components/library/library-filters";
import { LibraryPagination } from "@/components/library/library-pagination";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { libraryFilterOptions, searchLibrary } from "@/lib/library/queries";
import { readLibraryFilter } from "@/lib/library/search";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "经验库" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("experience.read");
  const filter = readLibraryFilter(await searchParams);
  const [result, options] = await Promise.all([searchLibrary(filter), libraryFilterOptions()]);
  return (
    <>
      <PageHeader
        title="经验库"
        description="各阶段形成的党建品牌、创新案例、亮点名片和特色板块；已推广的排在前面。"
        actions={
          can(user.role, "experience.manage") && (
            <Link href="/library/new" className={buttonClasses()}>
              新建条目
            </Link>
          )
        }
      />
      <Card>
        <LibraryFilters filter={filter} options={options} />
        {result.entries.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="没有符合条件的条目" description="换个关键词或筛选条件试试。" />
          </div>
        ) : (
          <ul aria-label="经验条目">
            {result.entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
        <LibraryPagination filter={filter} pageCount={result.pageCount} total={result.total} />
      </Card>
    </>
  );
}
