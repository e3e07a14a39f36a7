import { formatTime } from "@/lib/format";
import type { SaveState } from "@/components/scoring/sheet-autosaver";
import { cx } from "@/components/ui/cx";

const TEXT: Record<Exclude<SaveState["kind"], "saved" | "error">, string> = {
  idle: "填写后自动保存",
  pending: "保存中…",
  saving: "保存中…",
  offline: "离线，恢复网络后自动保存",
  invalid: "有分值不符合要求，改正后自动保存",
  conflict: "评分表已在别处更新，请先选择版本",
};

/** One line under the running total saying where the scorer's values are. */
export function SaveStatus({ state, saved, onRetry }: { state: SaveState; saved: boolean; onRetry: () => void }) {
  const warning =
    state.kind === "offline" || state.kind === "invalid" || state.kind === "conflict" || state.kind === "error";
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="save-status"
      className={cx("truncate text-xs", warning ? "font-medium text-amber-800" : "text-muted")}
    >
      {state.kind === "saved"
        ? `已保存 ${formatTime(state.at)}`
        : state.kind === "error"
          ? state.message
          : state.kind === "idle" && saved
            ? "草稿已保存，修改后自动保存"
            : TEXT[state.kind]}
      {(state.kind === "offline" || state.kind === "error") && (
        <button type="button" onClick={onRetry} className="ml-2 text-accent-700 underline underline-offset-2">
          重试
        </button>
      )}
    </p>
  );
}
