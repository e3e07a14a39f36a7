"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EditorBasics } from "@/components/tours/editor-basics";
import { EditorGuests, EditorMembers } from "@/components/tours/editor-delegation";
import { EditorStatus, type StatusCommand } from "@/components/tours/editor-status";
import { EditorStops } from "@/components/tours/editor-stops";
import { ProblemList } from "@/components/tours/problem-list";
import type { ActionResult } from "@/lib/actions/define-action";
import {
  cancelTourAction,
  completeTourAction,
  createTourAction,
  publishTourAction,
  updateTourAction,
} from "@/lib/tours/actions";
import { toPayload, type EditorState, type EditorStop, type EditorTour } from "@/lib/tours/editor-state";
import type { EditorOptions } from "@/lib/tours/editor-queries";

type Props = {
  /** The saved tour; null on /tours/new. */
  tour: EditorTour | null;
  options: EditorOptions;
  /** For a new tour: the active phase. */
  defaultPhaseId: number | null;
};

type Feedback =
  | { kind: "save"; result: ActionResult<EditorTour> }
  | { kind: "status"; command: StatusCommand; result: ActionResult<EditorTour> };

/** "14:30" + minutes → "15:30" (clamped to the day). */
function addMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(":").map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, hours * 60 + mins + minutes));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

const emptyState = (phaseId: number | null): EditorState => ({
  title: "",
  phaseId,
  date: "",
  startTime: "14:30",
  endTime: "17:30",
  meetingPoint: "",
  notes: "",
  stops: [],
  members: [],
  guests: [],
});

const sameContent = (a: EditorState, b: EditorState) => JSON.stringify(toPayload(a)) === JSON.stringify(toPayload(b));

/**
 * The whole tour on one page: basics, stops, delegation and guests, saved together with the
 * version the page was opened at; on a saved tour also its state changes. Every check happens on
 * the server; what it refuses comes back as a list beside the save button, and the form keeps
 * everything typed.
 */
export function TourEditor({ tour, options, defaultPhaseId }: Props) {
  const router = useRouter();
  const [state, setState] = useState<EditorState>(tour?.state ?? emptyState(defaultPhaseId));
  const [saved, setSaved] = useState<EditorTour | null>(tour);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, startTransition] = useTransition();
  const keyCounter = useRef(0);
  const newKey = (prefix: string) => `${prefix}-new-${++keyCounter.current}`;

  const dirty = saved ? !sameContent(state, saved.state) : true;
  const travelMinutes = options.phases.find((phase) => phase.id === state.phaseId)?.travelMinutes ?? 15;

  // Leaving the page with unsaved edits asks first.
  useEffect(() => {
    if (!dirty || !saved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, saved]);

  function accept(result: ActionResult<EditorTour>) {
    if (!result.ok) return;
    setSaved(result.data);
    // The saved rows come back with their ids, so the next save edits them rather than adding copies.
    setState(result.data.state);
    router.refresh();
  }

  function save() {
    const payload = toPayload(state);
    startTransition(async () => {
      const result = saved
        ? await updateTourAction(null, { ...payload, tourId: saved.id, version: saved.version })
        : await createTourAction(null, payload);
      setFeedback({ kind: "save", result });
      if (result.ok && !saved) router.push(`/tours/${result.data.id}/edit`);
      else accept(result);
    });
  }

  function command(which: StatusCommand, reason?: string) {
    if (!saved) return;
    const input = { tourId: saved.id, version: saved.version };
    startTransition(async () => {
      const result =
        which === "publish"
          ? await publishTourAction(null, input)
          : which === "complete"
            ? await completeTourAction(null, input)
            : await cancelTourAction(null, { ...input, reason: reason ?? "" });
      setFeedback({ kind: "status", command: which, result });
      accept(result);
    });
  }

  function newStop(): EditorStop {
    const last = state.stops.at(-1);
    const arriveTime = last ? addMinutes(last.departTime, travelMinutes) : state.startTime || "14:30";
    return {
      key: newKey("stop"),
      id: null,
      siteId: null,
      arriveTime,
      departTime: addMinutes(arriveTime, 60),
      programme: ["BRIEFING", "ON_SITE"],
      hasScores: false,
      hasRemarks: false,
    };
  }

  const saveResult = feedback?.kind === "save" ? feedback.result : null;
  const errors = saveResult && !saveResult.ok ? saveResult.fieldErrors : undefined;
  const statusFeedback = feedback?.kind === "status" ? { command: feedback.command, result: feedback.result } : null;
  const size = state.members.length + state.guests.length;

  return (
    <div className="space-y-6">
      {saved && (
        <Card title="活动状态">
          <EditorStatus
            status={saved.status}
            version={saved.version}
            dirty={dirty}
            busy={busy}
            result={statusFeedback}
            onCommand={command}
          />
        </Card>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        className="space-y-6"
        aria-label="观摩活动安排"
      >
        <fieldset disabled={busy} className="min-w-0 space-y-6">
          <Card title="基本信息">
            <EditorBasics
              state={state}
              phases={options.phases}
              savedPhaseId={saved?.state.phaseId ?? null}
              errors={errors}
              onChange={(patch) => setState((current) => ({ ...current, ...patch }))}
            />
          </Card>

          <Card title="观摩点" description={`按参观先后排列；不同观摩点之间至少留出${travelMinutes}分钟路程时间。`}>
            <EditorStops
              stops={state.stops}
              sites={options.sites}
              errors={errors?.stops}
              newStop={newStop}
              onChange={(stops) => setState((current) => ({ ...current, stops }))}
            />
          </Card>

          <Card
            title="观摩团"
            description={`共${size}人（成员${state.members.length}人、嘉宾${state.guests.length}人）；人数不能超过任何一站的接待容量。`}
          >
            <EditorMembers
              members={state.members}
              people={options.people}
              errors={errors?.members}
              newMember={() => ({
                key: newKey("member"),
                userId: null,
                part: state.members.some((member) => member.part === "HEAD") ? "MEMBER" : "HEAD",
                isScoring: true,
                hasScores: false,
              })}
              onChange={(members) => setState((current) => ({ ...current, members }))}
            />
            <h3 className="mt-6 text-sm font-semibold text-ink">特邀嘉宾（无平台账号）</h3>
            <p className="mb-3 text-xs text-muted">如市委组织部相关同志；计入观摩团人数。</p>
            <EditorGuests
              guests={state.guests}
              errors={errors?.guests}
              newGuest={() => ({ key: newKey("guest"), id: null, name: "", unit: "", title: "", hasRemarks: false })}
              onChange={(guests) => setState((current) => ({ ...current, guests }))}
            />
          </Card>
        </fieldset>

        <div className="space-y-3" data-testid="save-bar">
          {saveResult && !saveResult.ok && (
            <ProblemList id="save-problems" error={saveResult.error} problems={saveResult.fieldErrors?.problems} />
          )}
          {saveResult?.ok && (
            <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              已保存（第 {saveResult.data.version} 版）
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={busy || (saved !== null && !dirty)}>
              {busy ? "正在处理…" : saved ? "保存修改" : "保存草稿"}
            </Button>
            <Link href="/tours" className={buttonClasses({ variant: "ghost" })}>
              返回列表
            </Link>
            {saved && !dirty && <span className="text-sm text-muted">没有未保存的修改</span>}
          </div>
        </div>
      </form>
    </div>
  );
}
