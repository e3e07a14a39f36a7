"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { PROBLEM_SEVERITY_LABELS } from "@/lib/labels";
import { PROBLEM_SEVERITIES } from "@/lib/problems/filters";

export type ProblemRow = {
  key: number;
  partyOrganizationId: string;
  rubricItemId: string;
  description: string;
  severity: string;
  owner: string;
  deadline: string;
};

export type AcceptOptions = {
  organizations: { id: number; name: string }[];
  rubricCategories: { id: number; name: string; items: { id: number; title: string }[] }[];
};

let nextKey = 1;
export function emptyProblemRow(organizations: AcceptOptions["organizations"]): ProblemRow {
  return {
    key: nextKey++,
    // An enterprise with a single organisation needs no choice.
    partyOrganizationId: organizations.length === 1 ? String(organizations[0]!.id) : "",
    rubricItemId: "",
    description: "",
    severity: "MINOR",
    owner: "",
    deadline: "",
  };
}

/** What the accept action takes: the rows without their React keys. */
export function rowsToItems(rows: readonly ProblemRow[]) {
  return rows.map(({ key: _key, ...item }) => item);
}

/**
 * The problems staff copy from the report's 突出问题 section into the ledger on accepting it:
 * zero or more rows, each with its errors (`items.N.field`) beside its fields.
 */
export function AcceptProblemRows({
  rows,
  onChange,
  options,
  problemsText,
  errors,
}: {
  rows: ProblemRow[];
  onChange: (rows: ProblemRow[]) => void;
  options: AcceptOptions;
  problemsText: string;
  errors?: Record<string, string[]>;
}) {
  const update = (index: number, patch: Partial<ProblemRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  return (
    <section aria-labelledby="accept-problems-heading" className="grid gap-3 border-t border-line pt-4">
      <div>
        <h3 id="accept-problems-heading" className="text-sm font-semibold text-ink">
          列入问题清单（可选）
        </h3>
        <p className="mt-0.5 text-xs text-muted">
          通过审核时，可把报告“突出问题”中写明的问题逐条列入问题清单，指定党组织、责任人和整改期限；不列也可直接通过。
        </p>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="min-w-0 self-start rounded-md bg-canvas px-3 py-2">
          <p className="text-xs font-medium text-ink-soft">报告中的突出问题</p>
          <p className="mt-1 max-h-72 overflow-y-auto text-sm break-words whitespace-pre-wrap text-ink">
            {problemsText.trim() || "（报告未填写突出问题）"}
          </p>
        </div>
        <div className="grid min-w-0 content-start gap-3">
          {rows.map((row, index) => {
            const id = (field: string) => `item-${index}-${field}`;
            const error = (field: string) => errors?.[`items.${index}.${field}`];
            return (
              <fieldset key={row.key} className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-2">
                <legend className="px-1 text-sm font-medium text-ink">问题 {index + 1}</legend>
                <Field
                  id={id("partyOrganizationId")}
                  label="党组织"
                  required
                  error={error("partyOrganizationId")}
                  className="sm:col-span-2"
                >
                  {(control) => (
                    <Select
                      {...control}
                      value={row.partyOrganizationId}
                      onChange={(event) => update(index, { partyOrganizationId: event.target.value })}
                    >
                      <option value="">请选择</option>
                      {options.organizations.map((org) => (
                        <option key={org.id} value={org.id}>
                          {org.name}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field id={id("rubricItemId")} label="评分条目" error={error("rubricItemId")} className="sm:col-span-2">
                  {(control) => (
                    <Select
                      {...control}
                      value={row.rubricItemId}
                      onChange={(event) => update(index, { rubricItemId: event.target.value })}
                    >
                      <option value="">不关联评分条目</option>
                      {options.rubricCategories.map((category) => (
                        <optgroup key={category.id} label={category.name}>
                          {category.items.map((item) => (
                            <option key={item.id} value={item.id}>
                              {item.title}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field
                  id={id("description")}
                  label="问题描述"
                  required
                  error={error("description")}
                  className="sm:col-span-2"
                >
                  {(control) => (
                    <Textarea
                      {...control}
                      rows={3}
                      maxLength={1000}
                      value={row.description}
                      onChange={(event) => update(index, { description: event.target.value })}
                    />
                  )}
                </Field>
                <Field id={id("severity")} label="严重程度" required error={error("severity")}>
                  {(control) => (
                    <Select
                      {...control}
                      value={row.severity}
                      onChange={(event) => update(index, { severity: event.target.value })}
                    >
                      {PROBLEM_SEVERITIES.map((severity) => (
                        <option key={severity} value={severity}>
                          {PROBLEM_SEVERITY_LABELS[severity]}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field id={id("owner")} label="责任人" required error={error("owner")}>
                  {(control) => (
                    <Input
                      {...control}
                      maxLength={80}
                      value={row.owner}
                      onChange={(event) => update(index, { owner: event.target.value })}
                    />
                  )}
                </Field>
                <Field id={id("deadline")} label="整改期限" required error={error("deadline")}>
                  {(control) => (
                    <Input
                      {...control}
                      type="date"
                      value={row.deadline}
                      onChange={(event) => update(index, { deadline: event.target.value })}
                    />
                  )}
                </Field>
                <div className="flex items-end justify-end">
                  <Button
                    variant="secondary"
                    onClick={() => onChange(rows.filter((_, at) => at !== index))}
                    aria-label={`删除问题 ${index + 1}`}
                  >
                    删除
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <div>
            <Button variant="secondary" onClick={() => onChange([...rows, emptyProblemRow(options.organizations)])}>
              添加问题
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
