"use client";

import { useActionState, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cancelVisitSignupAction, signUpForVisitAction } from "@/lib/visits/actions";

export type MySlotSignup = { signupId: number; status: "CONFIRMED" | "WAITLISTED"; position: number | null };

/** What the person holds on a slot, as a badge: 已报名 or 候补第 n 位. */
export function MyStatusBadge({ mine }: { mine: MySlotSignup }) {
  return mine.status === "CONFIRMED" ? (
    <Badge tone="success">已报名</Badge>
  ) : (
    <Badge tone="info">候补第 {mine.position} 位</Badge>
  );
}

/** The button that cancels the person's own sign-up, after a confirmation. */
export function CancelSignupButton({ mine, siteName }: { mine: MySlotSignup; siteName: string }) {
  const [state, cancel, pending] = useActionState(cancelVisitSignupAction, null);
  const question =
    mine.status === "CONFIRMED"
      ? `确定取消「${siteName}」的报名吗？名额将递补给候补名单中的第一位。`
      : `确定退出「${siteName}」的候补名单吗？`;
  return (
    <form
      action={cancel}
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="signupId" value={mine.signupId} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        {pending ? "正在取消…" : mine.status === "CONFIRMED" ? "取消报名" : "退出候补"}
      </Button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-accent-700">
          {state.error}
        </p>
      )}
    </form>
  );
}

/**
 * Sign up for a slot, or see and cancel one's own sign-up. The page re-renders with the new
 * state after each action; the message here says what just happened.
 */
export function SignupControl({
  slotId,
  siteName,
  full,
  mine,
}: {
  slotId: number;
  siteName: string;
  full: boolean;
  mine: MySlotSignup | null;
}) {
  const [state, signUp, pending] = useActionState(signUpForVisitAction, null);
  // Which outcome to announce: the sign-up's, until the person cancels again.
  const [justSignedUp, setJustSignedUp] = useState(false);

  if (mine) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <MyStatusBadge mine={mine} />
          {justSignedUp && state?.ok && (
            <p role="status" className="text-sm text-ink-soft">
              {state.data.status === "CONFIRMED"
                ? "报名成功，请按时参加。"
                : `本时段已满，您已进入候补名单，排第 ${state.data.position} 位；有人取消时按顺序递补。`}
            </p>
          )}
        </div>
        <CancelSignupButton mine={mine} siteName={siteName} />
      </div>
    );
  }

  return (
    <form action={signUp} onSubmit={() => setJustSignedUp(true)} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="slotId" value={slotId} />
      <Button type="submit" variant={full ? "secondary" : "primary"} disabled={pending}>
        {pending ? "正在提交…" : full ? "候补报名" : "报名"}
      </Button>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-accent-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
