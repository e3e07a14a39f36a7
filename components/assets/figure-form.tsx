"use client";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldError, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { fileAnyAssetFigureAction, fileOwnAssetFigureAction } from "@/lib/assets/actions";

type Props = {
  /** Staff choose the enterprise; a secretary files for their own (from the session). */
  enterprises?: { id: number; name: string }[];
  /** "2022-12": the latest month that may be filed (the current month in China). */
  maxMonth: string;
  defaultMonth: string;
};

/** Files a month-end figure in 亿元, or corrects one already filed (the earlier value is kept). */
export function FigureForm({ enterprises, maxMonth, defaultMonth }: Props) {
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number; corrected: boolean }>(
    enterprises ? fileAnyAssetFigureAction : fileOwnAssetFigureAction,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const success = state?.ok ? (state.data.corrected ? "已更正，原数值已保留在更正记录中" : "已保存") : "已保存";

  return (
    <form onSubmit={onSubmit} className="grid max-w-xl gap-4" noValidate data-testid="asset-figure-form">
      {enterprises && (
        <Field id="enterpriseId" label="企业" required error={errors?.enterpriseId}>
          {(control) => (
            <Select {...control} name="enterpriseId" defaultValue="">
              <option value="" disabled>
                请选择企业
              </option>
              {enterprises.map((enterprise) => (
                <option key={enterprise.id} value={enterprise.id}>
                  {enterprise.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field id="month" label="月份" required hint="填报该月末的资产总额，不能填报未来月份" error={errors?.month}>
        {(control) => <Input {...control} name="month" type="month" max={maxMonth} defaultValue={defaultMonth} />}
      </Field>
      <Field
        id="totalAssets"
        label="资产总额（亿元）"
        required
        hint="单位为亿元，最多两位小数，如 2512.36"
        error={errors?.totalAssets}
      >
        {(control) => <Input {...control} name="totalAssets" inputMode="decimal" autoComplete="off" />}
      </Field>
      <div>
        <Checkbox
          name="correct"
          label="更正已填报的数值"
          hint="该月已填报时勾选；原数值会保留在更正记录中"
          aria-describedby={errors?.correct ? "correct-error" : undefined}
        />
        <FieldError id="correct-error" messages={errors?.correct} />
      </div>
      <FormMessage state={state} success={success} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : "保存"}
        </Button>
      </div>
    </form>
  );
}
