import { formatDate, formatDateTime, formatTime } from "@/lib/format";
import { DELEGATION_PART_LABELS, PROGRAMME_ITEM_LABELS, TOUR_STATUS_LABELS } from "@/lib/labels";
import { formatTimeRange, formatWeekday } from "@/lib/tours/views/format";
import type { TourItinerary } from "@/lib/tours/views/queries";

/**
 * A4 print rules for this page only: the sheet fills the printable area, the app's frame and the
 * screen-only buttons are hidden (data-print="hide", see globals.css), and table rows never break
 * across pages. Static CSS, no user text.
 */
const PRINT_CSS = `
@page { size: A4 portrait; margin: 14mm 15mm 16mm; }
@media print {
  html, body { background: #fff !important; }
  #main { padding: 0 !important; }
  #main > div { max-width: none !important; }
  .itinerary-sheet { border: 0 !important; box-shadow: none !important; padding: 0 !important; max-width: none !important; }
  .itinerary-sheet table { font-size: 10pt; }
  .itinerary-sheet tr, .itinerary-sheet li { break-inside: avoid; }
  .itinerary-sheet h2 { break-after: avoid; }
}
`;

const cell = "border border-line-strong px-2 py-1.5 align-top print:border-neutral-500";
const headCell = `${cell} bg-canvas text-left font-medium whitespace-nowrap text-ink-soft print:bg-neutral-100`;

/** The whole unit and title: a printed list is read without the rest of the platform at hand. */
function unitAndTitle(person: { title: string; enterprise: { shortName: string } | null }): string {
  return [person.enterprise?.shortName, person.title].filter(Boolean).join(" ") || "—";
}

/** 观摩安排表: stops, times, programme, delegation and meeting point on one sheet. */
export function ItinerarySheet({ tour, printedAt }: { tour: TourItinerary; printedAt: Date }) {
  const scoring = tour.delegation.filter((member) => member.isScoring).length;
  return (
    <article
      className="itinerary-sheet mx-auto max-w-[210mm] rounded-card border border-line bg-surface px-4 py-6 text-ink shadow-card sm:px-10 sm:py-10"
      aria-labelledby="itinerary-title"
    >
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <header className="text-center">
        <p className="text-sm text-muted">{tour.phase.campaign.name}</p>
        <h1 id="itinerary-title" className="mt-1 text-2xl font-bold tracking-widest text-ink">
          观摩安排表
        </h1>
        <p className="mt-2 text-base font-semibold">{tour.title}</p>
        <p className="text-sm text-ink-soft">
          {tour.phase.name}
          {tour.status !== "PUBLISHED" && tour.status !== "COMPLETED" && `（${TOUR_STATUS_LABELS[tour.status]}）`}
        </p>
      </header>

      {tour.status === "CANCELLED" && (
        <p className="mt-4 border border-line-strong px-3 py-2 text-center text-sm font-medium">
          本次观摩活动已取消{tour.cancelReason ? `：${tour.cancelReason}` : ""}
        </p>
      )}

      <dl className="mt-6 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2">
        <div className="flex gap-2">
          <dt className="shrink-0 font-medium">日　　期：</dt>
          <dd>
            {formatDate(tour.startsAt)} {formatWeekday(tour.startsAt)}
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="shrink-0 font-medium">时　　间：</dt>
          <dd className="tabular">{formatTimeRange(tour.startsAt, tour.endsAt)}</dd>
        </div>
        <div className="flex gap-2 sm:col-span-2">
          <dt className="shrink-0 font-medium">集合地点：</dt>
          <dd>
            {tour.meetingPoint ? (
              <>
                <span className="tabular">{formatTime(tour.startsAt)}</span> {tour.meetingPoint}
              </>
            ) : (
              "另行通知"
            )}
          </dd>
        </div>
      </dl>

      <h2 className="mt-7 text-base font-semibold">一、行程安排</h2>
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={`${headCell} w-11 text-center`}>
              序号
            </th>
            <th scope="col" className={`${headCell} w-24 sm:w-28`}>
              时间
            </th>
            <th scope="col" className={headCell}>
              观摩点及内容
            </th>
          </tr>
        </thead>
        <tbody>
          {tour.stops.map((stop, index) => (
            <tr key={stop.id}>
              <td className={`${cell} text-center`}>{index + 1}</td>
              <td className={`${cell} tabular whitespace-nowrap`}>{formatTimeRange(stop.arriveAt, stop.departAt)}</td>
              <td className={cell}>
                <p className="font-medium">{stop.site.name}</p>
                <p className="text-ink-soft">
                  {stop.site.partyOrganization.name}（{stop.site.partyOrganization.enterprise.shortName}）
                </p>
                <p className="text-muted print:text-neutral-700">地址：{stop.site.address}</p>
                {stop.programme.length > 0 && (
                  <p className="mt-0.5">内容：{stop.programme.map((item) => PROGRAMME_ITEM_LABELS[item]).join("、")}</p>
                )}
              </td>
            </tr>
          ))}
          {tour.stops.length === 0 && (
            <tr>
              <td colSpan={3} className={`${cell} text-center text-muted`}>
                尚未安排观摩点
              </td>
            </tr>
          )}
        </tbody>
      </table>

      <h2 className="mt-7 text-base font-semibold">
        二、观摩团成员
        <span className="ml-2 text-sm font-normal text-ink-soft">
          共 {tour.delegation.length + tour.guests.length} 人，其中评分成员 {scoring} 人
        </span>
      </h2>
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={`${headCell} w-11 text-center`}>
              序号
            </th>
            <th scope="col" className={headCell}>
              姓名
            </th>
            <th scope="col" className={headCell}>
              单位及职务
            </th>
            <th scope="col" className={`${headCell} w-24`}>
              身份
            </th>
          </tr>
        </thead>
        <tbody>
          {tour.delegation.map((member, index) => (
            <tr key={member.userId}>
              <td className={`${cell} text-center`}>{index + 1}</td>
              <td className={cell}>{member.user.displayName}</td>
              <td className={cell}>{unitAndTitle(member.user)}</td>
              <td className={`${cell} whitespace-nowrap`}>
                {DELEGATION_PART_LABELS[member.part]}
                {member.isScoring ? "·评分" : ""}
              </td>
            </tr>
          ))}
          {tour.guests.map((guest, index) => (
            <tr key={`guest-${guest.id}`}>
              <td className={`${cell} text-center`}>{tour.delegation.length + index + 1}</td>
              <td className={cell}>{guest.name}</td>
              <td className={cell}>{[guest.unit, guest.title].filter(Boolean).join(" ") || "—"}</td>
              <td className={`${cell} whitespace-nowrap`}>特邀嘉宾</td>
            </tr>
          ))}
        </tbody>
      </table>

      {tour.notes && (
        <>
          <h2 className="mt-7 text-base font-semibold">三、有关事项</h2>
          <p className="mt-2 text-sm whitespace-pre-line">{tour.notes}</p>
        </>
      )}

      <footer className="mt-10 flex flex-wrap justify-between gap-2 border-t border-line pt-3 text-xs text-muted print:text-neutral-600">
        <span>党建“大观摩”平台</span>
        <span className="tabular">生成时间：{formatDateTime(printedAt)}</span>
      </footer>
    </article>
  );
}
