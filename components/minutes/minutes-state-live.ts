"use client";
// The minutes' state as the page shows it: the one it was rendered with, or
// one read since, so that a lock, reopen, publication or revoked link made
// elsewhere (by anyone, in any tab) shows here at once. The page's
// collaboration connection tells when to read it (minutes-state-feed.ts); only
// while no connection is open does the page re-read it now and then, and when
// it comes back into view.
import { useEffect, useState } from "react";
import type { MinutesState } from "@/lib/contracts/minutes-state";
import { versionList } from "@/lib/contracts/versions";
import { listenToMinutesState, minutesStateIsLive } from "../minutes-editor/minutes-state-feed";

/** How often a page without an open connection re-reads the minutes' state. */
const FALLBACK_POLL_MS = 20_000;

/** The state as the server reads it now, or null when it could not be read. */
async function fetchState(meetingId: string, signal: AbortSignal): Promise<MinutesState | null> {
  try {
    const response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/versions`, { credentials: "same-origin", signal });
    const answer = versionList.safeParse(response.ok ? await response.json() : null);
    return answer.success ? answer.data.state : null;
  } catch {
    return null;
  }
}

/** What the page shows of a state, to tell whether a newly read one changes anything. */
function stateKey(state: MinutesState): string {
  const version = "version" in state ? state.version : "after" in state ? state.after : 0;
  const lockedBy = "lockedBy" in state ? state.lockedBy : "";
  const published = "published" in state ? state.published : null;
  const approved = "approved" in state ? state.approved : false;
  return JSON.stringify([state.kind, version, lockedBy, published, approved]);
}

/** The state to show: `rendered` until a state read since it differs. */
export function useLiveMinutesState(meetingId: string, rendered: MinutesState): MinutesState {
  // A state read since the page was rendered, kept while the page's own is the one it was read over.
  const [read, setRead] = useState<{ over: MinutesState; state: MinutesState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    // Reads may overlap (a lock, then a reopen): only the latest asked shows.
    let asked = 0;
    const reread = async (): Promise<void> => {
      const ask = ++asked;
      const now = await fetchState(meetingId, controller.signal);
      if (!now || controller.signal.aborted || ask !== asked) return;
      setRead((previous) =>
        previous?.over === rendered && stateKey(previous.state) === stateKey(now) ? previous : { over: rendered, state: now },
      );
    };
    const fallback = (): void => {
      if (document.visibilityState === "visible" && !minutesStateIsLive(meetingId)) void reread();
    };
    const stopListening = listenToMinutesState(meetingId, () => void reread());
    const timer = setInterval(fallback, FALLBACK_POLL_MS);
    document.addEventListener("visibilitychange", fallback);
    return () => {
      controller.abort();
      stopListening();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", fallback);
    };
  }, [meetingId, rendered]);
  return read?.over === rendered ? read.state : rendered;
}
