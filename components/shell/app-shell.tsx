import type { ReactNode } from "react";
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import { BrandMark } from "@/components/shell/brand-mark";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { navigationFor } from "@/components/shell/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { UserSummary } from "@/components/shell/user-summary";

/** The signed-in frame: top bar, the role's navigation (sidebar on desktop, menu on phones), content. */
export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const groups = navigationFor(user.role);
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-accent-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        跳到主要内容
      </a>

      <header data-print="hide" className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
        <div className="relative flex h-14 items-center gap-3 px-4 sm:px-6">
          <MobileNav
            groups={groups}
            footer={
              <div className="flex items-center justify-between gap-3">
                <UserSummary user={user} layout="stacked" />
                <SignOutButton />
              </div>
            }
          />
          <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded-md">
            <BrandMark className="size-7" />
            <span className="truncate text-base font-semibold tracking-tight text-ink">党建“大观摩”平台</span>
          </Link>
          <div className="ml-auto flex items-center gap-4">
            <NotificationBell user={user} />
            <div className="hidden items-center gap-4 lg:flex">
              <UserSummary user={user} />
              <SignOutButton />
            </div>
          </div>
        </div>
        {/* A thin red rule under the bar: the one decorative use of the accent. */}
        <div className="h-0.5 bg-accent-700" aria-hidden="true" />
      </header>

      {/* At least a screen tall, so the sidebar's border runs to the bottom on short pages. */}
      <div className="lg:flex lg:min-h-[calc(100dvh-3.625rem)]">
        <aside data-print="hide" className="hidden w-56 shrink-0 border-r border-line bg-surface lg:block">
          <nav
            aria-label="主导航"
            className="sticky top-[3.625rem] max-h-[calc(100dvh-3.625rem)] overflow-y-auto px-3 py-5"
          >
            <NavLinks groups={groups} />
          </nav>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
