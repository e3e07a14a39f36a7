"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { NavIcon } from "@/components/shell/nav-icon";
import { NavLinks } from "@/components/shell/nav-links";
import type { NavGroup } from "@/components/shell/navigation";

/**
 * On phones the navigation folds behind a menu button (a disclosure: aria-expanded and
 * aria-controls). It closes on Escape (focus returns to the button), on choosing a page, and
 * whenever the route changes.
 */
export function MobileNav({ groups, footer }: { groups: NavGroup[]; footer: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [lastPathname, setLastPathname] = useState(pathname);

  // Closing on navigation is derived during render (not in an effect) to avoid a flash.
  if (pathname !== lastPathname) {
    setLastPathname(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>("a, button")?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <div className="lg:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav-panel"
        onClick={() => setOpen((value) => !value)}
        className="-ml-2 inline-flex size-10 items-center justify-center rounded-md text-ink-soft hover:bg-canvas"
      >
        <NavIcon name={open ? "close" : "menu"} className="size-6" />
        <span className="sr-only">{open ? "关闭导航菜单" : "打开导航菜单"}</span>
      </button>
      <div
        ref={panelRef}
        id="mobile-nav-panel"
        hidden={!open}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-line bg-surface px-3 pt-4 pb-5 shadow-lg"
      >
        <nav aria-label="主导航">
          <NavLinks groups={groups} onNavigate={() => setOpen(false)} />
        </nav>
        <div className="mt-5 border-t border-line px-3 pt-4">{footer}</div>
      </div>
    </div>
  );
}
