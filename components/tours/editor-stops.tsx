"use client";

import { Button } from "@/components/ui/button";
import { AddRowButton, patchAt, RemoveRowButton, withoutAt } from "@/components/tours/editor-rows";
import { Input, Select } from "@/components/ui/field";
import { CheckBox } from "@/components/tours/controls";
import { SectionErrors } from "@/components/tours/problem-list";
import type { ProgrammeItem } from "@/lib/generated/prisma/enums";
import { PROGRAMME_ITEM_LABELS } from "@/lib/labels";
import type { EditorStop } from "@/lib/tours/editor-state";
import type { EditorSite } from "@/lib/tours/editor-queries";
import { LIMITS, PROGRAMME_ITEMS } from "@/lib/tours/schemas";

type Props = {
  stops: EditorStop[];
  sites: EditorSite[];
  errors?: string[];
  onChange: (stops: EditorStop[]) => void;
  /** A new row, with times following the last stop. */
  newStop: () => EditorStop;
};

/** Sites grouped by enterprise for the select. */
function groupSites(sites: EditorSite[]) {
  const groups = new Map<string, EditorSite[]>();
  for (const site of sites) groups.set(site.enterprise, [...(groups.get(site.enterprise) ?? []), site]);
  return [...groups];
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The stops in visiting order: site, arrival and departure, programme; reorder with up / down. */
export function EditorStops({ stops, sites, errors, onChange, newStop }: Props) {
  const groups = groupSites(sites);
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const update = (index: number, patch: Partial<EditorStop>) => onChange(patchAt(stops, index, patch));

  return (
    <div>
      <SectionErrors id="stops-errors" messages={errors} />
      {stops.length === 0 ? (
        <p className="rounded-md border border-dashed border-line-strong px-4 py-5 text-center text-sm text-muted">
          还没有安排观摩点。发布前至少需要一个。
        </p>
      ) : (
        <ol className="space-y-3" aria-label="观摩点（按参观顺序）">
          {stops.map((stop, index) => {
            const site = stop.siteId === null ? undefined : siteById.get(stop.siteId);
            const locked = stop.hasScores || stop.hasRemarks;
            const prefix = `第${index + 1}站`;
            const id = `stop-${stop.key}`;
            return (
              <li
                key={stop.key}
                className="rounded-md border border-line bg-canvas/60 p-3 sm:p-4"
                data-testid="stop-row"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-semibold text-ink">
                    <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-accent-700 text-xs text-white">
                      {index + 1}
                    </span>
                    {site?.name ?? "未选择观摩点"}
                  </p>
                  <div className="flex gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === 0}
                      aria-label={`${prefix}上移`}
                      onClick={() => onChange(move(stops, index, index - 1))}
                    >
                      上移
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === stops.length - 1}
                      aria-label={`${prefix}下移`}
                      onClick={() => onChange(move(stops, index, index + 1))}
                    >
                      下移
                    </Button>
                    <RemoveRowButton
                      text="删除"
                      label={`删除${prefix}`}
                      blockedReason={locked ? "已有评分或互动交流记录，不能删除" : undefined}
                      onRemove={() => onChange(withoutAt(stops, index))}
                    />
                  </div>
                </div>

                <div className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem_8rem]">
                  <div>
                    <label htmlFor={`${id}-site`} className="block text-xs font-medium text-ink-soft">
                      <span className="sr-only">{prefix}</span>观摩点
                    </label>
                    <Select
                      id={`${id}-site`}
                      className="mt-1"
                      value={stop.siteId ?? ""}
                      disabled={stop.hasScores}
                      onChange={(event) =>
                        update(index, { siteId: event.target.value ? Number(event.target.value) : null })
                      }
                    >
                      <option value="">请选择观摩点</option>
                      {groups.map(([enterprise, options]) => (
                        <optgroup key={enterprise} label={enterprise}>
                          {options.map((option) => (
                            <option
                              key={option.id}
                              value={option.id}
                              disabled={!option.isActive && option.id !== stop.siteId}
                            >
                              {option.name}（可接待{option.capacity}人{option.isActive ? "" : "，已停用"}）
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </Select>
                    {site && (
                      <p className="mt-1 text-xs text-muted">
                        {site.enterprise} · {site.owner}
                        {stop.hasScores && " · 已有评分，不能更换观摩点"}
                      </p>
                    )}
                  </div>
                  <div>
                    <label htmlFor={`${id}-arrive`} className="block text-xs font-medium text-ink-soft">
                      <span className="sr-only">{prefix}</span>到达时间
                    </label>
                    <Input
                      id={`${id}-arrive`}
                      type="time"
                      className="mt-1"
                      value={stop.arriveTime}
                      onChange={(event) => update(index, { arriveTime: event.target.value })}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${id}-depart`} className="block text-xs font-medium text-ink-soft">
                      <span className="sr-only">{prefix}</span>离开时间
                    </label>
                    <Input
                      id={`${id}-depart`}
                      type="time"
                      className="mt-1"
                      value={stop.departTime}
                      onChange={(event) => update(index, { departTime: event.target.value })}
                    />
                  </div>
                </div>

                <fieldset className="mt-3">
                  <legend className="text-xs font-medium text-ink-soft">
                    <span className="sr-only">{prefix}</span>活动安排
                  </legend>
                  <div className="mt-1 flex flex-wrap gap-2">
                    {PROGRAMME_ITEMS.map((item: ProgrammeItem) => (
                      <CheckBox
                        key={item}
                        label={PROGRAMME_ITEM_LABELS[item]}
                        checked={stop.programme.includes(item)}
                        onChange={(event) =>
                          update(index, {
                            programme: event.target.checked
                              ? [...stop.programme, item]
                              : stop.programme.filter((existing) => existing !== item),
                          })
                        }
                      />
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <AddRowButton
        text="添加观摩点"
        count={stops.length}
        limit={LIMITS.stops}
        onAdd={() => onChange([...stops, newStop()])}
      />
    </div>
  );
}
