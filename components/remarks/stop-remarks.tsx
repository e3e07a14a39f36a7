import { RemarkForm } from "@/components/remarks/remark-form";
import { RemarkList, type RemarkItem } from "@/components/remarks/remark-list";
import type { RemarkWindow } from "@/lib/remarks/rules";

/**
 * 互动交流 under one stop of the tour page: what was said, then the forms the viewer may use
 * (their own remark as a member; a guest's, for staff) or why they cannot record yet.
 */
export function StopRemarks({
  stopId,
  remarks,
  window,
  canRecordOwn,
  guestsToRecordFor,
}: {
  stopId: number;
  remarks: readonly RemarkItem[];
  window: RemarkWindow;
  canRecordOwn: boolean;
  /** Set for staff when the tour has guests. */
  guestsToRecordFor?: readonly { id: number; name: string; unit: string }[];
}) {
  const mayRecord = canRecordOwn || (guestsToRecordFor?.length ?? 0) > 0;
  return (
    <section aria-label="互动交流" className="mt-4 border-t border-line pt-3">
      <h4 className="text-sm font-semibold text-ink">
        互动交流{remarks.length > 0 && <span className="ml-1 font-normal text-muted">（{remarks.length} 条）</span>}
      </h4>
      <div className="mt-2">
        {remarks.length > 0 ? (
          <RemarkList remarks={remarks} label="互动交流发言" />
        ) : (
          <p className="text-sm text-muted">暂无发言记录</p>
        )}
      </div>
      {mayRecord && !window.open && (
        <p className="mt-3 text-sm text-muted" data-print="hide">
          {window.reason}
        </p>
      )}
      {mayRecord && window.open && (
        <div className="mt-3 space-y-4">
          {canRecordOwn && (
            <div className="rounded-md border border-line px-3 py-3">
              <RemarkForm stopId={stopId} />
            </div>
          )}
          {guestsToRecordFor && guestsToRecordFor.length > 0 && (
            <details className="rounded-md border border-line px-3 py-2">
              <summary className="cursor-pointer text-sm font-medium text-ink-soft">代特邀嘉宾记录发言</summary>
              <div className="mt-3">
                <RemarkForm stopId={stopId} guests={guestsToRecordFor} />
              </div>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
