"use client";

import { Input, Select } from "@/components/ui/field";
import { CheckBox } from "@/components/tours/controls";
import { AddRowButton, patchAt, RemoveRowButton, withoutAt } from "@/components/tours/editor-rows";
import { SectionErrors } from "@/components/tours/problem-list";
import type { DelegationPart } from "@/lib/generated/prisma/enums";
import { DELEGATION_PART_LABELS } from "@/lib/labels";
import type { EditorGuest, EditorMember } from "@/lib/tours/editor-state";
import type { EditorPerson } from "@/lib/tours/editor-queries";
import { DELEGATION_PARTS, LIMITS } from "@/lib/tours/schemas";

/** People grouped as staff would look for them: leaders, 市国资委 staff, then each enterprise. */
function groupPeople(people: EditorPerson[]) {
  const groups = new Map<string, EditorPerson[]>();
  for (const person of people) {
    const group =
      person.role === "LEADER" && !person.enterprise
        ? "领导"
        : person.role === "ADMIN"
          ? "市国资委工作人员"
          : (person.enterprise ?? "其他");
    groups.set(group, [...(groups.get(group) ?? []), person]);
  }
  return [...groups];
}

export function EditorMembers({
  members,
  people,
  errors,
  onChange,
  newMember,
}: {
  members: EditorMember[];
  people: EditorPerson[];
  errors?: string[];
  onChange: (members: EditorMember[]) => void;
  newMember: () => EditorMember;
}) {
  const groups = groupPeople(people);
  const chosen = new Set(members.map((member) => member.userId));
  const update = (index: number, patch: Partial<EditorMember>) => onChange(patchAt(members, index, patch));

  return (
    <div>
      <SectionErrors id="members-errors" messages={errors} />
      {members.length === 0 ? (
        <p className="rounded-md border border-dashed border-line-strong px-4 py-5 text-center text-sm text-muted">
          还没有观摩团成员。发布前须指定一位团长。
        </p>
      ) : (
        <ol className="divide-y divide-line rounded-md border border-line" aria-label="观摩团成员">
          {members.map((member, index) => {
            const prefix = `第${index + 1}位成员`;
            const id = `member-${member.key}`;
            return (
              <li
                key={member.key}
                className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_7rem_auto_auto] sm:items-center"
                data-testid="member-row"
              >
                <div>
                  <label htmlFor={`${id}-user`} className="sr-only">
                    {prefix}
                  </label>
                  <Select
                    id={`${id}-user`}
                    value={member.userId ?? ""}
                    disabled={member.hasScores}
                    onChange={(event) =>
                      update(index, { userId: event.target.value ? Number(event.target.value) : null })
                    }
                  >
                    <option value="">请选择人员</option>
                    {groups.map(([group, options]) => (
                      <optgroup key={group} label={group}>
                        {options.map((person) => (
                          <option
                            key={person.id}
                            value={person.id}
                            disabled={(chosen.has(person.id) && person.id !== member.userId) || !person.isActive}
                          >
                            {person.name}
                            {person.title && person.title !== person.name ? `（${person.title}）` : ""}
                            {person.isActive ? "" : "（已停用）"}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </Select>
                </div>
                <div className="flex items-center gap-2 sm:contents">
                  <label htmlFor={`${id}-part`} className="sr-only">
                    {prefix}团内身份
                  </label>
                  <Select
                    id={`${id}-part`}
                    className="w-28 sm:w-full"
                    value={member.part}
                    onChange={(event) => update(index, { part: event.target.value as DelegationPart })}
                  >
                    {DELEGATION_PARTS.map((part) => (
                      <option key={part} value={part}>
                        {DELEGATION_PART_LABELS[part]}
                      </option>
                    ))}
                  </Select>
                  <CheckBox
                    label="评分"
                    aria-label={`${prefix}参与评分`}
                    checked={member.isScoring}
                    disabled={member.hasScores}
                    onChange={(event) => update(index, { isScoring: event.target.checked })}
                  />
                  <RemoveRowButton
                    text="移除"
                    label={`移除${prefix}`}
                    className="ml-auto sm:ml-0"
                    blockedReason={member.hasScores ? "已有评分记录，不能移出观摩团" : undefined}
                    onRemove={() => onChange(withoutAt(members, index))}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddRowButton
        text="添加成员"
        count={members.length}
        limit={LIMITS.members}
        onAdd={() => onChange([...members, newMember()])}
      />
    </div>
  );
}

export function EditorGuests({
  guests,
  errors,
  onChange,
  newGuest,
}: {
  guests: EditorGuest[];
  errors?: string[];
  onChange: (guests: EditorGuest[]) => void;
  newGuest: () => EditorGuest;
}) {
  const update = (index: number, patch: Partial<EditorGuest>) => onChange(patchAt(guests, index, patch));
  return (
    <div>
      <SectionErrors id="guests-errors" messages={errors} />
      {guests.length > 0 && (
        <ol className="divide-y divide-line rounded-md border border-line" aria-label="特邀嘉宾">
          {guests.map((guest, index) => {
            const prefix = `第${index + 1}位嘉宾`;
            const id = `guest-${guest.key}`;
            return (
              <li
                key={guest.key}
                className="grid gap-2 p-3 sm:grid-cols-[8rem_minmax(0,1fr)_10rem_auto] sm:items-center"
              >
                <Input
                  id={`${id}-name`}
                  aria-label={`${prefix}姓名`}
                  placeholder="姓名"
                  value={guest.name}
                  maxLength={40}
                  onChange={(event) => update(index, { name: event.target.value })}
                />
                <Input
                  id={`${id}-unit`}
                  aria-label={`${prefix}单位`}
                  placeholder="单位"
                  value={guest.unit}
                  maxLength={80}
                  onChange={(event) => update(index, { unit: event.target.value })}
                />
                <Input
                  id={`${id}-title`}
                  aria-label={`${prefix}职务`}
                  placeholder="职务（可不填）"
                  value={guest.title}
                  maxLength={60}
                  onChange={(event) => update(index, { title: event.target.value })}
                />
                <RemoveRowButton
                  text="移除"
                  label={`移除${prefix}`}
                  className="justify-self-end"
                  blockedReason={guest.hasRemarks ? "已有互动交流记录，不能删除" : undefined}
                  onRemove={() => onChange(withoutAt(guests, index))}
                />
              </li>
            );
          })}
        </ol>
      )}
      <AddRowButton
        text="添加嘉宾"
        count={guests.length}
        limit={LIMITS.guests}
        onAdd={() => onChange([...guests, newGuest()])}
      />
    </div>
  );
}
