"use client";

import { formatDateTime } from "@/lib/format";
import { sameValues } from "@/components/scoring/local-draft";
import type { EditorItem, SheetValues } from "@/components/scoring/sheet-autosaver";
import type { SheetSnapshot } from "@/lib/scoring/sheet-snapshot";
import { Button } from "@/components/ui/button";

/**
 * A stale save never overwrites anything: this shows the newer version side by side with what
 * this page holds, and the scorer chooses which one stands.
 */
export function ConflictNotice({
  items,
  mine,
  theirs,
  onChoose,
}: {
  items: readonly EditorItem[];
  mine: SheetValues;
  theirs: SheetSnapshot;
  onChoose: (choice: "theirs" | "mine") => void;
}) {
  const differing = items.filter(
    (item) =>
      !sameValues(
        { scores: { x: mine.scores[item.id] ?? "" }, comment: "" },
        { scores: { x: theirs.scores[item.id] ?? "" }, comment: "" },
      ),
  );
  const commentDiffers = mine.comment.trim() !== theirs.comment.trim();
  return (
    <section role="alert" className="rounded-card border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 className="text-base font-semibold">评分表已在其他页面或设备上更新</h2>
      <p className="mt-1">
        服务器上是 {formatDateTime(theirs.updatedAt)} 保存的第 {theirs.version} 版（合计 {theirs.total}{" "}
        分）。本页的修改尚未保存， 不会覆盖它，请选择保留哪一份。
      </p>
      {(differing.length > 0 || commentDiffers) && (
        <table className="mt-3 w-full text-left">
          <thead className="text-xs text-amber-900/80">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                条目
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                本页
              </th>
              <th scope="col" className="py-1 font-medium">
                最新版本
              </th>
            </tr>
          </thead>
          <tbody className="tabular">
            {differing.map((item) => (
              <tr key={item.id} className="border-t border-amber-200">
                <td className="py-1 pr-2">{item.title}</td>
                <td className="py-1 pr-2">{mine.scores[item.id]?.trim() || "—"}</td>
                <td className="py-1 font-semibold">{theirs.scores[item.id] ?? "—"}</td>
              </tr>
            ))}
            {commentDiffers && (
              <tr className="border-t border-amber-200">
                <td className="py-1 pr-2">评语</td>
                <td className="py-1 pr-2">{mine.comment.trim() || "—"}</td>
                <td className="py-1 font-semibold">{theirs.comment.trim() || "—"}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => onChoose("theirs")}>
          采用最新版本
        </Button>
        <Button variant="ghost" className="border border-amber-300" onClick={() => onChoose("mine")}>
          保留本页填写并覆盖
        </Button>
      </div>
    </section>
  );
}
