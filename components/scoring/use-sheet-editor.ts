"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { saveScoreSheetAction, submitScoreSheetAction } from "@/lib/scoring/actions";
import type { SheetSnapshot } from "@/lib/scoring/sheet-snapshot";
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from "@/components/scoring/local-draft";
import { SheetAutosaver, type EditorItem, type EditorView } from "@/components/scoring/sheet-autosaver";

/** Binds a SheetAutosaver to React, localStorage, the network's online/offline events and the router. */
export function useSheetEditor(options: {
  stopId: number;
  storageKey: string;
  items: readonly EditorItem[];
  initial: SheetSnapshot | null;
}): { view: EditorView; saver: SheetAutosaver } {
  const router = useRouter();
  const [view, setView] = useState<EditorView | null>(null);
  const [saver] = useState(
    () =>
      new SheetAutosaver({
        stopId: options.stopId,
        items: options.items,
        initial: options.initial,
        save: (input) => saveScoreSheetAction(null, input),
        submit: (input) => submitScoreSheetAction(null, input),
        storage: {
          read: () => readLocalDraft(options.storageKey),
          write: (draft) => writeLocalDraft(options.storageKey, draft),
          clear: () => clearLocalDraft(options.storageKey),
        },
        isOnline: () => navigator.onLine,
        refresh: () => router.refresh(),
        onChange: setView,
      }),
  );

  useEffect(() => {
    saver.restore();
    const online = () => saver.online();
    const offline = () => saver.offline();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      saver.dispose();
    };
  }, [saver]);

  return { view: view ?? saver.current, saver };
}
