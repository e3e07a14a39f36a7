import { DELEGATION_PART_LABELS, PROGRAMME_ITEM_LABELS } from "@/lib/labels";
import type { EditorOptions } from "@/lib/tours/editor-queries";
import type { EditorState } from "@/lib/tours/editor-state";

/** A completed or cancelled tour on the edit page: what it was, read-only. */
export function TourSummary({ state, when, options }: { state: EditorState; when: string; options: EditorOptions }) {
  const sites = new Map(options.sites.map((site) => [site.id, site]));
  const people = new Map(options.people.map((person) => [person.id, person]));
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
      <dt className="text-muted">时间</dt>
      <dd className="tabular">{when}</dd>
      <dt className="text-muted">集合地点</dt>
      <dd>{state.meetingPoint || "—"}</dd>
      <dt className="text-muted">观摩点</dt>
      <dd>
        <ol className="list-decimal space-y-1 pl-5">
          {state.stops.map((stop) => (
            <li key={stop.key}>
              <span className="tabular">
                {stop.arriveTime}–{stop.departTime}
              </span>{" "}
              {sites.get(stop.siteId ?? 0)?.name ?? "（观摩点已删除）"}
              <span className="text-muted">
                {" "}
                · {stop.programme.map((item) => PROGRAMME_ITEM_LABELS[item]).join("、")}
              </span>
            </li>
          ))}
        </ol>
      </dd>
      <dt className="text-muted">观摩团</dt>
      <dd>
        <ul className="space-y-0.5">
          {state.members.map((member) => (
            <li key={member.key}>
              {people.get(member.userId ?? 0)?.name ?? "（账号已删除）"}
              <span className="text-muted">
                {" "}
                · {DELEGATION_PART_LABELS[member.part]}
                {member.isScoring ? " · 评分" : ""}
              </span>
            </li>
          ))}
          {state.guests.map((guest) => (
            <li key={guest.key}>
              {guest.name}
              <span className="text-muted">
                {" "}
                · 特邀嘉宾 · {guest.unit}
                {guest.title ? ` ${guest.title}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </dd>
      {state.notes && (
        <>
          <dt className="text-muted">备注</dt>
          <dd className="whitespace-pre-line">{state.notes}</dd>
        </>
      )}
    </dl>
  );
}
