import Link from "next/link";
import { ProblemStatusBadge } from "@/components/problems/problem-status";
import type { ChainLink } from "@/lib/problems/queries";

/** The same problem across phases: earlier findings first, this one marked, later recurrences after. */
export function RecurrenceChain({ links, currentId }: { links: readonly ChainLink[]; currentId: number }) {
  return (
    <ol className="space-y-2" data-testid="recurrence-chain">
      {links.map((link) => {
        const current = link.id === currentId;
        return (
          <li
            key={link.id}
            aria-current={current ? "true" : undefined}
            className={current ? "rounded-md bg-accent-50 px-3 py-2" : "px-3 py-2"}
          >
            <p className="text-xs text-muted">
              {link.phaseName}
              {link.depth < 0 ? " · 此前发现" : link.depth > 0 ? " · 此后再次出现" : " · 本问题"}
            </p>
            {current ? (
              <p className="text-sm font-medium text-ink">{link.description}</p>
            ) : (
              <Link href={`/problems/${link.id}`} className="text-sm text-ink underline-offset-2 hover:underline">
                {link.description}
              </Link>
            )}
            <div className="mt-1">
              <ProblemStatusBadge status={link.status} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
