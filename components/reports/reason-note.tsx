/** The reviewer's reason for returning one section, shown beside it while the secretary revises. */
export function ReasonNote({ reason }: { reason: string | undefined }) {
  if (!reason) return null;
  return (
    <div
      role="note"
      data-testid="return-reason"
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
    >
      <p className="text-xs font-medium">退回理由</p>
      <p className="mt-0.5 whitespace-pre-wrap">{reason}</p>
    </div>
  );
}
