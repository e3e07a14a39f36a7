"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveReportDraftAction } from "@/lib/reports/actions";
import type { Brand, InnovationCase, TextSectionKey } from "@/lib/reports/sections";

export type ReportValues = Record<TextSectionKey, string> & {
  brands: Brand[];
  innovationCases: InnovationCase[];
  selfScores: Record<string, string>;
};

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid"; message: string }
  /** Stale or refused: autosave stops so nothing is overwritten; the page must be reloaded. */
  | { kind: "stopped"; message: string }
  | { kind: "offline" };

/** Wait after the last keystroke before saving. */
export const SAVE_DELAY_MS = 1000;

/**
 * Saves the draft shortly after the secretary stops typing, one save at a time, each based on
 * the editVersion the server last confirmed (compare-and-set on the server). A stale save (the
 * report was changed in another tab) stops autosaving and says so; nothing is overwritten.
 */
export function useReportAutosave(options: {
  phaseId: number;
  reportId: number | null;
  editVersion: number;
  initial: ReportValues;
  onCreated: () => void;
}) {
  const [values, setValues] = useState(options.initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [reportId, setReportId] = useState(options.reportId);
  const latest = useRef(options.initial);
  const confirmed = useRef(JSON.stringify(options.initial));
  const version = useRef(options.editVersion);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { phaseId, onCreated } = options;

  /** One save; true when the server confirmed these values. */
  const sendOnce = useCallback(
    async (sending: ReportValues, text: string): Promise<boolean> => {
      try {
        const result = await saveReportDraftAction(null, { phaseId, baseVersion: version.current, ...sending });
        if (result.ok) {
          const created = version.current === 0;
          version.current = result.data.editVersion;
          confirmed.current = text;
          setReportId(result.data.reportId);
          setFieldErrors({});
          setStatus(JSON.stringify(latest.current) === text ? { kind: "saved", at: new Date() } : { kind: "pending" });
          if (created) onCreated();
          return true;
        }
        if (result.fieldErrors) {
          setFieldErrors(result.fieldErrors);
          setStatus({ kind: "invalid", message: result.error });
        } else {
          stopped.current = true;
          setStatus({ kind: "stopped", message: result.error });
        }
      } catch {
        setStatus({ kind: "offline" });
      }
      return false;
    },
    [phaseId, onCreated],
  );

  /** Saves until the server holds what the page shows; false when a save failed. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    for (;;) {
      if (stopped.current) return false;
      const sending = latest.current;
      const text = JSON.stringify(sending);
      if (text === confirmed.current) return true;
      const attempt = sendOnce(sending, text);
      inFlight.current = attempt.then(() => undefined);
      const ok = await attempt;
      inFlight.current = null;
      if (!ok) return false;
    }
  }, [sendOnce]);

  const change = useCallback(
    (next: ReportValues) => {
      latest.current = next;
      setValues(next);
      if (stopped.current) return;
      setStatus({ kind: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow],
  );

  useEffect(() => {
    // Leaving with typing the server has not confirmed yet: the browser asks first.
    const guard = (event: BeforeUnloadEvent) => {
      if (JSON.stringify(latest.current) !== confirmed.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", guard);
    return () => {
      window.removeEventListener("beforeunload", guard);
      clearTimeout(timer.current);
    };
  }, []);

  return { values, change, status, fieldErrors, reportId, saveNow, version };
}
