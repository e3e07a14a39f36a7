"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { NavIcon } from "@/components/shell/nav-icon";
import { isCurrent, type NavGroup } from "@/components/shell/navigation";

/** The role's navigation; the current page is marked with aria-current and the accent colour. */
export function NavLinks({ groups, onNavigate }: { groups: NavGroup[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <div key={group.section}>
          <p className="px-3 text-xs font-medium tracking-wide text-muted" id={`nav-${group.section}`}>
            {group.label}
          </p>
          <ul className="mt-2 space-y-0.5" aria-labelledby={`nav-${group.section}`}>
            {group.items.map((item) => {
              const active = isCurrent(item, group.items, pathname);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={active ? "page" : undefined}
                    className={cx(
                      "flex items-center gap-3 rounded-md px-3 py-2 text-sm transition-colors",
                      active
                        ? "bg-accent-50 font-medium text-accent-800"
                        : "text-ink-soft hover:bg-canvas hover:text-ink",
                    )}
                  >
                    <NavIcon name={item.icon} className={cx("size-5", active ? "text-accent-700" : "text-muted")} />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
