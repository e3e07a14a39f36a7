import { StoredImage } from "@/components/files/stored-image";
import { formatBytes } from "@/lib/files/kinds";
import { formatDateTime } from "@/lib/format";
import { PROBLEM_STATUS_LABELS } from "@/lib/labels";
import type { ProblemDetail } from "@/lib/problems/queries";

type Event = ProblemDetail["events"][number];

/** What a step did, in words: 列入问题清单, 开始整改, 提交核验, 退回继续整改, 核验销号. */
function stepName(event: Event): string {
  if (event.fromStatus === null) return "列入问题清单";
  if (event.toStatus === "RECTIFYING") return event.fromStatus === "OPEN" ? "开始整改" : "退回继续整改";
  if (event.toStatus === "AWAITING_VERIFICATION") return "提交整改佐证，待核验";
  if (event.toStatus === "CLOSED") return "核验通过，销号";
  return PROBLEM_STATUS_LABELS[event.toStatus];
}

/** The problem's life, oldest first: who did what when, with the comment and the evidence files. */
export function ProblemTimeline({ events }: { events: readonly Event[] }) {
  return (
    <ol className="relative space-y-5 border-l border-line pl-5" data-testid="problem-timeline">
      {events.map((event) => (
        <li key={event.id} className="relative" data-testid="problem-event">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full border-2 border-surface bg-accent-700"
          />
          <p className="text-sm font-medium text-ink">{stepName(event)}</p>
          <p className="text-xs text-muted">
            {formatDateTime(event.createdAt)} · {event.actor.displayName}
            {event.actor.title ? `（${event.actor.title}）` : ""}
          </p>
          <p className="mt-1 text-sm whitespace-pre-line text-ink-soft">{event.comment}</p>
          {event.evidence.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label="整改佐证">
              {event.evidence.map((file) => (
                <li key={file.id} className="max-w-full">
                  <a
                    href={`/api/files/${file.id}`}
                    target="_blank"
                    rel="noreferrer"
                    className="flex max-w-full items-center gap-2 rounded-md border border-line bg-canvas px-2 py-1.5 text-sm text-ink hover:border-line-strong"
                    data-testid="evidence-file"
                  >
                    {file.mimeType.startsWith("image/") && (
                      <StoredImage fileId={file.id} alt="" className="size-10 shrink-0 rounded" />
                    )}
                    <span className="min-w-0 truncate">{file.originalName}</span>
                    <span className="shrink-0 text-xs text-muted">{formatBytes(file.sizeBytes)}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
