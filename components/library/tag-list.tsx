import Link from "next/link";

/** An entry's tags; each links to the library filtered by it. */
export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="标签">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/library?tag=${encodeURIComponent(tag)}`}
            className="inline-flex rounded-full bg-canvas px-2 py-0.5 text-xs text-ink-soft ring-1 ring-line hover:text-ink"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
