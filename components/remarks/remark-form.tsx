"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/remarks/textarea";
import { recordGuestRemarkAction, recordRemarkAction } from "@/lib/remarks/actions";
import { REMARK_MAX_LENGTH } from "@/lib/remarks/rules";

type Guest = { id: number; name: string; unit: string };

/**
 * Records a remark on one stop: the member's own, or (for staff, with `guests`) a guest's. The
 * text is kept in state, so a refused submission loses nothing; it clears once saved.
 */
export function RemarkForm({ stopId, guests }: { stopId: number; guests?: readonly Guest[] }) {
  const forGuest = guests !== undefined;
  const [state, submit, pending] = useActionState(forGuest ? recordGuestRemarkAction : recordRemarkAction, null);
  const [content, setContent] = useState("");
  const [guestId, setGuestId] = useState("");
  const [handled, setHandled] = useState(state);
  // Clearing after a save is derived during render (not in an effect), as React recommends.
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) setContent("");
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = `${forGuest ? "guest-remark" : "remark"}-${stopId}`;

  return (
    <form action={submit} className="grid gap-3" noValidate data-print="hide">
      <input type="hidden" name="stopId" value={stopId} />
      {forGuest && (
        <Field id={`${prefix}-guest`} label="发言嘉宾" required error={errors?.guestId}>
          {(control) => (
            <Select {...control} name="guestId" value={guestId} onChange={(event) => setGuestId(event.target.value)}>
              <option value="">请选择</option>
              {guests.map((guest) => (
                <option key={guest.id} value={guest.id}>
                  {guest.name}
                  {guest.unit ? `（${guest.unit}）` : ""}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field
        id={`${prefix}-content`}
        label={forGuest ? "嘉宾发言内容" : "我的发言"}
        required
        hint={`${content.length} / ${REMARK_MAX_LENGTH} 字`}
        error={errors?.content}
      >
        {(control) => (
          <Textarea
            {...control}
            name="content"
            rows={3}
            maxLength={REMARK_MAX_LENGTH}
            value={content}
            onChange={(event) => setContent(event.target.value)}
            required
          />
        )}
      </Field>
      <FormMessage state={state} success="发言已记录" />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在保存…" : forGuest ? "代嘉宾记录" : "记录发言"}
        </Button>
      </div>
    </form>
  );
}
