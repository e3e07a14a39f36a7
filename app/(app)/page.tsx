import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { currentCampaign } from "@/lib/home/queries";
import { HomeHeader } from "@/components/home/home-header";
import { AdminHome } from "@/components/home/admin-home";
import { LeaderHome } from "@/components/home/leader-home";
import { SecretaryHome } from "@/components/home/secretary-home";

export const metadata: Metadata = { title: "首页" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** ?ranking=<phase id> picks the phase of the leader's ranking glance; anything else is ignored. */
function rankingPhaseOf(params: Record<string, string | string[] | undefined>): number | null {
  const raw = Array.isArray(params.ranking) ? params.ranking[0] : params.ranking;
  const id = Number(raw);
  return raw && Number.isInteger(id) && id > 0 ? id : null;
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const campaign = await currentCampaign();
  // One instant for the whole page, so "today" and "upcoming" agree across its cards.
  const now = new Date();
  return (
    <>
      <HomeHeader user={user} campaign={campaign} now={now} />
      {user.role === "ADMIN" && <AdminHome campaign={campaign} now={now} />}
      {user.role === "LEADER" && (
        <LeaderHome campaign={campaign} now={now} rankingPhaseId={rankingPhaseOf(await searchParams)} />
      )}
      {user.role === "SECRETARY" && <SecretaryHome user={user} campaign={campaign} now={now} />}
    </>
  );
}
