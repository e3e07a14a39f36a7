import { requireUser } from "@/lib/auth/current-user";
import { AppShell } from "@/components/shell/app-shell";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  // The shell also frames the account-setup pages; every page below checks the setup step itself.
  const user = await requireUser({ allowSetup: "any" });
  return <AppShell user={user}>{children}</AppShell>;
}
