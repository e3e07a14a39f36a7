"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldError, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { cx } from "@/components/ui/cx";
import { updatePhaseSettingsAction } from "@/lib/rankings/actions";
import { MAX_TIERS } from "@/lib/rankings/schemas";
import type { ScoreMethod, TierMode } from "@/lib/generated/prisma/enums";

export type PhaseSettingsValues = {
  phaseId: number;
  updatedAt: string;
  scoreMethod: ScoreMethod;
  trimMinScorers: number;
  tierMode: TierMode;
  disagreementThreshold: string;
  excludeOwnEnterprise: boolean;
  tiers: { name: string; minScore: string | null; quotaPercent: string | null }[];
};

type TierRow = { key: number; name: string; minScore: string; quotaPercent: string };

let nextKey = 0;
const toRow = (tier: { name: string; minScore: string | null; quotaPercent: string | null }): TierRow => ({
  key: nextKey++,
  name: tier.name,
  minScore: tier.minScore ?? "",
  quotaPercent: tier.quotaPercent ?? "",
});

type ChoiceOption<Value extends string> = { value: Value; label: string; hint: string };

/** A row of radio cards: one setting, each choice with a line on what it means. */
function ChoiceGroup<Value extends string>({
  name,
  options,
  value,
  onChange,
  disabled,
}: {
  name: string;
  options: readonly ChoiceOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  disabled: boolean;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {options.map((option) => {
        const checked = option.value === value;
        return (
          <label
            key={option.value}
            className={cx(
              "flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2.5 text-sm",
              checked ? "border-accent-700 bg-accent-50/60" : "border-line-strong bg-surface",
              disabled && "cursor-not-allowed opacity-70",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={checked}
              onChange={() => onChange(option.value)}
              disabled={disabled}
              className="mt-1 accent-accent-700"
            />
            <span>
              <span className="font-medium text-ink">{option.label}</span>
              <span className="block text-xs text-muted">{option.hint}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}

const SCORE_METHOD_OPTIONS = [
  { value: "TRIMMED_MEAN", label: "去掉一个最高分和一个最低分", hint: "评分表达到下面的份数时去掉，不足时取平均分" },
  { value: "MEAN", label: "平均分", hint: "全部已提交评分表总分的平均值" },
] as const;

const TIER_MODE_OPTIONS = [
  { value: "THRESHOLD", label: "按分数线", hint: "得分达到某档最低分即归入该档" },
  {
    value: "QUOTA",
    label: "按名额比例",
    hint: "按排名从前往后，各档占参与排名党组织的一定比例；同分并列的归入较好的一档",
  },
] as const;

/**
 * The scoring settings of a phase. Every field is controlled, and the form submits from
 * onSubmit rather than as a form action, so nothing typed is lost when the server refuses it.
 */
export function PhaseSettingsForm({ initial, locked }: { initial: PhaseSettingsValues; locked: boolean }) {
  const [state, dispatch, pending] = useActionState(updatePhaseSettingsAction, null);
  const [scoreMethod, setScoreMethod] = useState(initial.scoreMethod);
  const [trimMinScorers, setTrimMinScorers] = useState(String(initial.trimMinScorers));
  const [tierMode, setTierMode] = useState(initial.tierMode);
  const [threshold, setThreshold] = useState(initial.disagreementThreshold);
  const [excludeOwn, setExcludeOwn] = useState(initial.excludeOwnEnterprise);
  const [tiers, setTiers] = useState<TierRow[]>(() => initial.tiers.map(toRow));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const updatedAt = state?.ok ? state.data.updatedAt : initial.updatedAt;
  const disabled = locked || pending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  const updateTier = (key: number, change: Partial<TierRow>) =>
    setTiers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-6" noValidate aria-label="评分设置">
      <input type="hidden" name="phaseId" value={initial.phaseId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />

      <fieldset className="grid gap-3" disabled={disabled}>
        <legend className="mb-2 text-sm font-medium text-ink">官方得分</legend>
        <ChoiceGroup
          name="scoreMethod"
          options={SCORE_METHOD_OPTIONS}
          value={scoreMethod}
          onChange={setScoreMethod}
          disabled={disabled}
        />
        <FieldError id="scoreMethod-error" messages={errors?.scoreMethod} />
        <Field
          id="trimMinScorers"
          label="去掉最高分和最低分的最少份数"
          hint="至少 3 份"
          error={errors?.trimMinScorers}
          className="max-w-xs"
        >
          {(control) => (
            <Input
              {...control}
              name="trimMinScorers"
              inputMode="numeric"
              value={trimMinScorers}
              onChange={(event) => setTrimMinScorers(event.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="grid gap-3" disabled={disabled}>
        <legend className="mb-2 w-full border-t border-line pt-5 text-sm font-medium text-ink">分类管理</legend>
        <ChoiceGroup
          name="tierMode"
          options={TIER_MODE_OPTIONS}
          value={tierMode}
          onChange={setTierMode}
          disabled={disabled}
        />
        <FieldError id="tierMode-error" messages={errors?.tierMode} />

        <div>
          <p className="text-sm text-muted">
            {tierMode === "THRESHOLD"
              ? "分数线从高到低严格递减；最后一档包含其余所有分数。"
              : "比例合计不超过 100%，名额向下取整；最后一档包含其余所有党组织。"}
          </p>
          <ol className="mt-3 grid gap-3" aria-label="档次">
            {tiers.map((tier, index) => {
              const last = index === tiers.length - 1;
              const nameId = `tier-${tier.key}-name`;
              return (
                <li key={tier.key} className="rounded-md border border-line bg-canvas/50 p-3" data-testid="tier-row">
                  <div className="flex items-center justify-between gap-3">
                    <span className="tabular text-sm font-medium text-ink-soft">第 {index + 1} 档</span>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={disabled || tiers.length <= 1}
                      onClick={() => setTiers((rows) => rows.filter((row) => row.key !== tier.key))}
                      aria-label={`删除第 ${index + 1} 档`}
                    >
                      删除
                    </Button>
                  </div>
                  <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-3">
                    <Field id={nameId} label="名称" error={errors?.[`tier.${index}.name`]}>
                      {(control) => (
                        <Input
                          {...control}
                          name="tierName"
                          value={tier.name}
                          onChange={(event) => updateTier(tier.key, { name: event.target.value })}
                        />
                      )}
                    </Field>
                    {/* On a phone only the mode in use shows; the other value is still kept and sent. */}
                    <Field
                      id={`tier-${tier.key}-min`}
                      label="最低分"
                      className={cx(tierMode !== "THRESHOLD" && "hidden opacity-60 sm:block")}
                      error={errors?.[`tier.${index}.minScore`]}
                    >
                      {(control) => (
                        <Input
                          {...control}
                          name="tierMinScore"
                          inputMode="decimal"
                          placeholder={last ? "其余" : "如 80"}
                          value={tier.minScore}
                          onChange={(event) => updateTier(tier.key, { minScore: event.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      id={`tier-${tier.key}-quota`}
                      label="比例（%）"
                      className={cx(tierMode !== "QUOTA" && "hidden opacity-60 sm:block")}
                      error={errors?.[`tier.${index}.quotaPercent`]}
                    >
                      {(control) => (
                        <Input
                          {...control}
                          name="tierQuota"
                          inputMode="decimal"
                          placeholder={last ? "其余" : "如 20"}
                          value={tier.quotaPercent}
                          onChange={(event) => updateTier(tier.key, { quotaPercent: event.target.value })}
                        />
                      )}
                    </Field>
                  </div>
                </li>
              );
            })}
          </ol>
          <FieldError id="tiers-error" messages={errors?.tiers} />
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            disabled={disabled || tiers.length >= MAX_TIERS}
            onClick={() => setTiers((rows) => [...rows, toRow({ name: "", minScore: null, quotaPercent: null })])}
          >
            添加档次
          </Button>
        </div>
      </fieldset>

      <fieldset className="grid gap-4" disabled={disabled}>
        <legend className="mb-2 w-full border-t border-line pt-5 text-sm font-medium text-ink">一致性与回避</legend>
        <Field
          id="disagreementThreshold"
          label="分歧阈值（分）"
          hint="某党组织各评分人总分的标准差超过此值时，标记为分歧较大"
          error={errors?.disagreementThreshold}
          className="max-w-xs"
        >
          {(control) => (
            <Input
              {...control}
              name="disagreementThreshold"
              inputMode="decimal"
              value={threshold}
              onChange={(event) => setThreshold(event.target.value)}
            />
          )}
        </Field>
        <label className="flex items-start gap-2 text-sm text-ink">
          <input
            type="checkbox"
            name="excludeOwnEnterprise"
            checked={excludeOwn}
            onChange={(event) => setExcludeOwn(event.target.checked)}
            className="mt-1 size-4 shrink-0 accent-accent-700"
          />
          <span>
            本企业回避
            <span className="block text-xs text-muted">
              评分人不为本企业的党组织评分，这类观摩点不出现在其评分列表中
            </span>
          </span>
        </label>
      </fieldset>

      <FormMessage state={state} success="评分设置已保存，排名已按新设置重新计算" />
      {!locked && (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "正在保存…" : "保存设置"}
          </Button>
        </div>
      )}
    </form>
  );
}
