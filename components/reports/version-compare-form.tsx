import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

/** Choose two versions to compare; a plain GET form, so the comparison has its own URL. */
export function VersionCompareForm({ versions, from, to }: { versions: number[]; from: number; to: number }) {
  return (
    <form method="get" className="mt-4 grid gap-2 border-t border-line pt-3" aria-label="版本对比">
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor="compare-from" className="text-xs font-medium text-ink-soft">
            旧版本
          </label>
          <Select id="compare-from" name="from" defaultValue={from}>
            {versions.map((v) => (
              <option key={v} value={v}>
                第 {v} 版
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="compare-to" className="text-xs font-medium text-ink-soft">
            新版本
          </label>
          <Select id="compare-to" name="to" defaultValue={to}>
            {versions.map((v) => (
              <option key={v} value={v}>
                第 {v} 版
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Button type="submit" variant="secondary" size="sm">
        对比两个版本
      </Button>
    </form>
  );
}
