import type { ReactNode } from "react";
import { formatDate, formatTime } from "@/lib/format";
import { formatTimeRange, formatWeekday } from "@/lib/tours/views/format";

/** 日期 / 时间 / 集合 / 阶段 / 说明: the lines a delegation member looks up first. */
export function TourFacts({
  tour,
  extra,
}: {
  tour: { startsAt: Date; endsAt: Date; meetingPoint: string; notes: string; phase: { name: string } };
  extra?: ReactNode;
}) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <Fact label="日期">
        {formatDate(tour.startsAt)} {formatWeekday(tour.startsAt)}
      </Fact>
      <Fact label="时间">
        <span className="tabular">{formatTimeRange(tour.startsAt, tour.endsAt)}</span>
      </Fact>
      <Fact label="集合">
        {tour.meetingPoint ? (
          <>
            <span className="tabular">{formatTime(tour.startsAt)}</span> {tour.meetingPoint}
          </>
        ) : (
          "另行通知"
        )}
      </Fact>
      <Fact label="所属阶段">{tour.phase.name}</Fact>
      {tour.notes && (
        <Fact label="说明" wide>
          <span className="whitespace-pre-line">{tour.notes}</span>
        </Fact>
      )}
      {extra}
    </dl>
  );
}

export function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-muted">{label}</dt>
      <dd className="mt-0.5 break-words text-ink">{children}</dd>
    </div>
  );
}
