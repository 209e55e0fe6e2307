// How an open page's status line hears that the minutes' state changed, over
// the meeting's collaboration connection (no poll while it is open): a lock or
// reopen (the lock state the session is told), a version published or its link
// revoked (MessageType.minutesState), and a connection opened again (whatever
// changed while it was down). Status lines re-read the state through the API;
// nothing they show comes from the socket itself.
import { MessageType } from "@/lib/collab-protocol";
import type { CollabSession, SessionState } from "./collab-session";

interface Channel {
  listeners: Set<() => void>;
  /** The meeting's sessions on this page whose connection is open now. */
  open: Set<CollabSession>;
}

const channels = new Map<string, Channel>();

function channelOf(meetingId: string): Channel {
  let channel = channels.get(meetingId);
  if (!channel) {
    channel = { listeners: new Set(), open: new Set() };
    channels.set(meetingId, channel);
  }
  return channel;
}

function tell(meetingId: string): void {
  for (const listener of channelOf(meetingId).listeners) listener();
}

/** Calls `listener` whenever the meeting's minutes' state may have changed. */
export function listenToMinutesState(meetingId: string, listener: () => void): () => void {
  const channel = channelOf(meetingId);
  channel.listeners.add(listener);
  return () => channel.listeners.delete(listener);
}

/** Whether a connection of this page to the meeting is open (and so tells of every change). */
export function minutesStateIsLive(meetingId: string): boolean {
  return channelOf(meetingId).open.size > 0;
}

/** Feeds what `session` hears to the meeting's status lines, until the returned stop is called. */
export function feedMinutesState(meetingId: string, session: CollabSession): () => void {
  const channel = channelOf(meetingId);
  // The handler writes no answer: the provider sends nothing back.
  session.provider.messageHandlers[MessageType.minutesState] = () => tell(meetingId);
  let last: SessionState = session.getSnapshot();
  const update = (): void => {
    const now = session.getSnapshot();
    const connected = now.connection === "connected";
    if (connected) channel.open.add(session);
    else channel.open.delete(session);
    const reconnected = connected && last.connection !== "connected";
    const lockChanged = now.lock !== last.lock;
    last = now;
    if (reconnected || lockChanged) tell(meetingId);
  };
  update();
  const unsubscribe = session.subscribe(update);
  return () => {
    unsubscribe();
    channel.open.delete(session);
  };
}
