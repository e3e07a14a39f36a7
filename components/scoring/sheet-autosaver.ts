import type { ActionResult } from "@/lib/actions/define-action";
import { formatHalves, halvesToNumber, parsePointsText } from "@/lib/scoring/points";
import type { SheetSnapshot } from "@/lib/scoring/sheet-snapshot";
import type { SaveOutcome } from "@/lib/scoring/write-sheet";
import { sameValues, type LocalDraft } from "@/components/scoring/local-draft";

export type EditorItem = { id: number; title: string; maxHalves: number };
export type SheetValues = { scores: Record<string, string>; comment: string };
type SheetPayload = { stopId: number; baseVersion: number; scores: Record<string, number | null>; comment: string };

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "invalid" }
  | { kind: "conflict" }
  | { kind: "error"; message: string };

export type EditorView = {
  values: SheetValues;
  state: SaveState;
  /** The newer sheet a stale save (or this device's old copy) ran into; the scorer chooses. */
  conflict: SheetSnapshot | null;
  notice: string | null;
  serverErrors: Record<string, string>;
  submitting: boolean;
  submitError: string | null;
};

export type AutosaverDeps = {
  stopId: number;
  items: readonly EditorItem[];
  initial: SheetSnapshot | null;
  save: (input: SheetPayload) => Promise<ActionResult<SaveOutcome>>;
  submit: (input: SheetPayload) => Promise<ActionResult<SaveOutcome>>;
  storage: { read: () => LocalDraft | null; write: (draft: LocalDraft) => void; clear: () => void };
  isOnline: () => boolean;
  /** Shows the sheet as the server now has it (after a submit, a lock, or a refusal). */
  refresh: () => void;
  onChange: (view: EditorView) => void;
};

/** Wait after the last change before saving, and between retries while the network is down. */
export const SAVE_DELAY_MS = 800;
export const RETRY_DELAYS_MS = [2000, 5000, 10000, 20000, 30000];

function valuesOf(sheet: SheetSnapshot | null): SheetValues {
  return { scores: { ...(sheet?.scores ?? {}) }, comment: sheet?.comment ?? "" };
}

/** Per item, why the typed value is not acceptable (empty is acceptable in a draft). */
export function itemErrors(items: readonly EditorItem[], scores: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const item of items) {
    const parsed = parsePointsText(scores[String(item.id)] ?? "");
    if (!parsed.ok) errors[item.id] = parsed.message;
    else if (parsed.halves !== null && parsed.halves > item.maxHalves) {
      errors[item.id] = `分值须在 0 到 ${formatHalves(item.maxHalves)} 分之间`;
    }
  }
  return errors;
}

/**
 * The scorer's sheet while they edit it, outside React so its timing can be tested: every change
 * is kept in local storage at once and saved to the server shortly after, one save at a time,
 * each based on the last version the server confirmed. Offline it waits and retries (and saves
 * at once when the browser says it is back online). A stale save shows the newer values and
 * waits for the scorer's choice. Submit flushes everything in one call and runs once at a time.
 */
export class SheetAutosaver {
  private view: EditorView;
  private confirmed: SheetValues;
  private baseVersion: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private paused = false;
  private submitting = false;

  constructor(private readonly deps: AutosaverDeps) {
    this.confirmed = valuesOf(deps.initial);
    this.baseVersion = deps.initial?.version ?? 0;
    this.view = {
      values: valuesOf(deps.initial),
      state: { kind: "idle" },
      conflict: null,
      notice: null,
      serverErrors: {},
      submitting: false,
      submitError: null,
    };
  }

  get current(): EditorView {
    return this.view;
  }

  private set(patch: Partial<EditorView>) {
    this.view = { ...this.view, ...patch };
    this.deps.onChange(this.view);
  }

  private remember(values: SheetValues) {
    if (sameValues(values, this.confirmed)) this.deps.storage.clear();
    else this.deps.storage.write({ ...values, baseVersion: this.baseVersion, savedAt: Date.now() });
  }

  private adopt(sheet: SheetSnapshot) {
    this.baseVersion = sheet.version;
    this.confirmed = valuesOf(sheet);
    this.remember(this.view.values);
  }

  private payload(values: SheetValues): SheetPayload | null {
    if (Object.keys(itemErrors(this.deps.items, values.scores)).length > 0) return null;
    const scores: Record<string, number | null> = {};
    for (const item of this.deps.items) {
      const parsed = parsePointsText(values.scores[String(item.id)] ?? "");
      scores[item.id] = parsed.ok && parsed.halves !== null ? halvesToNumber(parsed.halves) : null;
    }
    return { stopId: this.deps.stopId, baseVersion: this.baseVersion, scores, comment: values.comment };
  }

  /** Brings back what this device typed and the server never confirmed (a reload, a lost connection). */
  restore() {
    const local = this.deps.storage.read();
    if (!local) return;
    const restored = { scores: local.scores, comment: local.comment };
    if (sameValues(restored, this.confirmed)) return this.deps.storage.clear();
    this.set({ values: restored });
    if (local.baseVersion === this.baseVersion) {
      this.set({ notice: "已恢复本机上次未保存的填写" });
      void this.saveNow();
    } else if (this.deps.initial) {
      // The sheet moved on elsewhere since these values were typed: the scorer decides.
      this.paused = true;
      this.set({ conflict: this.deps.initial, state: { kind: "conflict" } });
    }
  }

  change(values: SheetValues) {
    this.set({ values });
    this.remember(values);
    if (this.paused) return;
    this.set({ state: { kind: "pending" } });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  online() {
    this.retries = 0;
    void this.saveNow();
  }

  offline() {
    if (this.view.state.kind !== "saved") this.set({ state: { kind: "offline" } });
  }

  dispose() {
    clearTimeout(this.timer);
  }

  async saveNow(): Promise<void> {
    clearTimeout(this.timer);
    if (this.paused) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const sending = this.view.values;
    if (sameValues(sending, this.confirmed)) {
      if (this.view.state.kind !== "saved") this.set({ state: { kind: "saved", at: new Date() } });
      return;
    }
    const payload = this.payload(sending);
    if (!payload) return this.set({ state: { kind: "invalid" } });
    if (!this.deps.isOnline()) return this.set({ state: { kind: "offline" } });

    this.set({ state: { kind: "saving" } });
    this.inFlight = this.send(payload, sending);
    await this.inFlight;
    this.inFlight = null;
    if (this.again) {
      this.again = false;
      await this.saveNow();
    }
  }

  private async send(payload: SheetPayload, sending: SheetValues) {
    let result: ActionResult<SaveOutcome>;
    try {
      result = await this.deps.save(payload);
    } catch {
      // No answer: the values stay in local storage; try again a little later.
      const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)];
      this.retries += 1;
      this.set({ state: { kind: "offline" } });
      this.timer = setTimeout(() => void this.saveNow(), delay);
      return;
    }
    this.retries = 0;
    if (!result.ok) {
      const fieldErrors = Object.entries(result.fieldErrors ?? {});
      this.set({
        serverErrors: Object.fromEntries(
          fieldErrors.map(([key, messages]) => [key.replace(/^scores\./, ""), messages[0] ?? ""]),
        ),
        state: { kind: "error", message: result.error },
      });
      // A lock or a submission elsewhere: show the sheet as the server now has it.
      if (fieldErrors.length === 0) this.deps.refresh();
      return;
    }
    const { sheet } = result.data;
    // A retried save whose first attempt did arrive comes back stale with our own values.
    if (result.data.status === "saved" || sameValues(valuesOf(sheet), sending)) {
      this.adopt(sheet);
      const settled = sameValues(this.view.values, this.confirmed);
      this.set({ serverErrors: {}, state: settled ? { kind: "saved", at: new Date() } : { kind: "pending" } });
      if (!settled) this.again = true;
      return;
    }
    this.paused = true;
    this.set({ conflict: sheet, state: { kind: "conflict" } });
  }

  resolveConflict(choice: "theirs" | "mine") {
    const sheet = this.view.conflict;
    if (!sheet) return;
    this.paused = false;
    this.set({ conflict: null, notice: null });
    if (choice === "theirs") {
      this.set({ values: valuesOf(sheet) });
      this.adopt(sheet);
      this.set({ state: { kind: "saved", at: new Date() } });
    } else {
      // The scorer has seen the newer version and chose to replace it: save on top of it.
      this.adopt(sheet);
      void this.saveNow();
    }
  }

  /** Saves and submits in one call; a second call while one runs does nothing. */
  async submit(): Promise<void> {
    if (this.submitting) return;
    this.submitting = true;
    this.set({ submitting: true, submitError: null });
    clearTimeout(this.timer);
    this.paused = true;
    if (this.inFlight) await this.inFlight;
    let keepPaused = false;
    let done = false;
    try {
      const payload = this.payload(this.view.values);
      if (!payload) throw new Error("invalid values");
      const result = await this.deps.submit(payload);
      if (result.ok && result.data.status === "saved") {
        done = true;
        this.deps.storage.clear();
        this.deps.refresh();
      } else if (result.ok) {
        keepPaused = true;
        this.set({ conflict: result.data.sheet, state: { kind: "conflict" } });
      } else {
        this.set({ submitError: result.error });
        if (!result.fieldErrors) this.deps.refresh();
      }
    } catch {
      this.set({ submitError: "网络中断，评分表未能提交。填写内容已保存在本机，恢复网络后请再次提交。" });
    }
    // After a submit the button stays disabled until the page shows the submitted sheet.
    if (done) return;
    this.submitting = false;
    this.paused = keepPaused;
    this.set({ submitting: false });
  }
}
