"use client";
// The minutes' state as the page shows it: the one it was rendered with, or
// one read since (now and then while the page is in view, and when it comes
// back into view), so that a lock or reopen made elsewhere shows here too.
import { useEffect, useState } from "react";
import type { MinutesState } from "@/lib/contracts/minutes-state";
import { versionList } from "@/lib/contracts/versions";

/** How often an open page re-reads the minutes' state. */
const STATE_POLL_MS = 20_000;

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
  return JSON.stringify([state.kind, version, lockedBy, published]);
}

/** The state to show: `rendered` until a state read since it differs. */
export function usePolledMinutesState(meetingId: string, rendered: MinutesState): MinutesState {
  // A state read since the page was rendered, kept while the page's own is the one it was read over.
  const [polled, setPolled] = useState<{ over: MinutesState; state: MinutesState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const poll = async (): Promise<void> => {
      if (document.visibilityState !== "visible") return;
      const now = await fetchState(meetingId, controller.signal);
      if (!now || controller.signal.aborted) return;
      setPolled((previous) =>
        previous?.over === rendered && stateKey(previous.state) === stateKey(now) ? previous : { over: rendered, state: now },
      );
    };
    const timer = setInterval(() => void poll(), STATE_POLL_MS);
    const onVisible = (): void => void poll();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [meetingId, rendered]);
  return polled?.over === rendered ? polled.state : rendered;
}
