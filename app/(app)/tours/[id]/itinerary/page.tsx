import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { ItinerarySheet } from "@/components/tours/views/itinerary-sheet";
import { PrintButton } from "@/components/tours/views/print-button";
import { parseIdSegment } from "@/lib/api/query";
import { requireUser } from "@/lib/auth/current-user";
import { findTourItinerary } from "@/lib/tours/views/queries";

export const metadata: Metadata = { title: "观摩安排表" };

/** 观摩安排表: the tour on one A4 sheet; the same people may open it as the tour page. */
export default async function ItineraryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseIdSegment((await params).id);
  const tour = id ? await findTourItinerary(id, user) : null;
  if (!tour) notFound();

  return (
    <>
      <div data-print="hide" className="mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center justify-between gap-3">
        <Link href={`/tours/${tour.id}`} className={buttonClasses({ variant: "ghost", className: "-ml-3" })}>
          ← 返回观摩活动
        </Link>
        <div className="flex items-center gap-3">
          <p className="hidden text-sm text-muted sm:block">按 A4 纸排版，打印时不含导航</p>
          <PrintButton />
        </div>
      </div>
      <ItinerarySheet tour={tour} printedAt={new Date()} />
    </>
  );
}
