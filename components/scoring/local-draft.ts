import { formatHalves, parsePointsText } from "@/lib/scoring/points";

/**
 * What a scorer has typed but the server has not yet confirmed, kept in the browser's
 * localStorage under the sheet's own key (scorer and stop), so a dropped connection, a reload or
 * a closed tab loses nothing. Cleared once the server has the same values.
 */
export type LocalDraft = {
  /** The sheet version these values were typed on top of (0: no sheet yet). */
  baseVersion: number;
  scores: Record<string, string>;
  comment: string;
  savedAt: number;
};

export function localDraftKey(userId: number, stopId: number): string {
  return `daguanmo:score-sheet:${userId}:${stopId}`;
}

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof parsed.baseVersion !== "number" || typeof parsed.comment !== "string" || !parsed.scores) return null;
    return {
      baseVersion: parsed.baseVersion,
      scores: Object.fromEntries(
        Object.entries(parsed.scores).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ),
      comment: parsed.comment,
      savedAt: typeof parsed.savedAt === "number" ? parsed.savedAt : 0,
    };
  } catch {
    // Private browsing or a full quota: the page still works, only without the local copy.
    return null;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // See readLocalDraft.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // See readLocalDraft.
  }
}

/** A typed value in the form the server writes it ("7.50" → "7.5"); text that is no score stays as typed. */
function normalise(value: string): string {
  const parsed = parsePointsText(value);
  if (!parsed.ok) return value.trim();
  return parsed.halves === null ? "" : formatHalves(parsed.halves);
}

/** The same values, ignoring empty fields and how a number was written. */
export function sameValues(
  a: { scores: Record<string, string>; comment: string },
  b: { scores: Record<string, string>; comment: string },
): boolean {
  const filled = (scores: Record<string, string>) =>
    Object.entries(scores)
      .map(([id, value]) => [id, normalise(value)] as const)
      .filter(([, value]) => value !== "")
      .sort(([x], [y]) => x.localeCompare(y));
  return a.comment.trim() === b.comment.trim() && JSON.stringify(filled(a.scores)) === JSON.stringify(filled(b.scores));
}
