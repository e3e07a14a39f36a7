/**
 * The answer to a refused save or publish: the summary, then every problem the server found
 * (rules about the tour and conflicts with other tours), numbered so none is missed.
 */
export function ProblemList({ error, problems, id }: { error: string; problems?: readonly string[]; id?: string }) {
  const list = problems ?? [];
  // A single problem is already spelt out in the summary ("未能发布：…").
  const inSummary = list.length === 1 && error.includes(list[0]!);
  return (
    <div
      role="alert"
      id={id}
      className="rounded-md border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-accent-900"
    >
      <p className={inSummary ? undefined : "font-medium"}>{error}</p>
      {list.length > 0 && !inSummary && (
        <ol className="mt-2 list-decimal space-y-1 pl-5" data-testid="tour-problems">
          {list.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The messages the server left under one section of the form ("stops", "members", ...). */
export function SectionErrors({ id, messages }: { id: string; messages?: readonly string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul id={id} className="mb-3 space-y-1 rounded-md bg-accent-50 px-3 py-2 text-sm text-accent-800">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
