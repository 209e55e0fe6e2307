"use client";
// Opens a meeting's collaboration session for a component and closes it when
// the component goes (or the meeting or the attempt changes). A quiet session
// shows no presence to the others: a page that only listens. What it hears of
// the minutes' state goes to the page's status line (minutes-state-feed.ts).
import { useEffect, useState } from "react";
import { CollabSession } from "./collab-session";
import { feedMinutesState } from "./minutes-state-feed";

export function useCollabSession(meetingId: string, attempt = 0, quiet = false): { session: CollabSession | null; failed: boolean } {
  const [state, setState] = useState<{ session: CollabSession | null; failedAttempt: number | null }>({ session: null, failedAttempt: null });
  useEffect(() => {
    const controller = new AbortController();
    let opened: CollabSession | null = null;
    let stopFeed = (): void => undefined;
    // A quiet page does not write the minutes: it keeps no offline edits either.
    CollabSession.open(meetingId, controller.signal, !quiet).then(
      (session) => {
        if (controller.signal.aborted) return session.destroy();
        if (quiet) session.provider.awareness.setLocalState(null);
        opened = session;
        stopFeed = feedMinutesState(meetingId, session);
        setState({ session, failedAttempt: null });
      },
      () => {
        if (!controller.signal.aborted) setState({ session: null, failedAttempt: attempt });
      },
    );
    return () => {
      controller.abort();
      stopFeed();
      opened?.destroy();
    };
  }, [meetingId, attempt, quiet]);
  return { session: state.session, failed: state.failedAttempt === attempt };
}
