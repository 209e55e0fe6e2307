// What the collaboration server and its clients agree on beyond the stock
// y-websocket protocol: document names, close codes and Kateb's own messages.

/** WebSocket close codes sent by the collaboration server. 4400–4499 are final:
 * the stock y-websocket client does not reconnect after them. */
export const CloseCode = {
  /** A message that could not be decoded or applied. */
  malformedMessage: 4400,
  /** The connection may read the document but sent a change to it. */
  readOnly: 4403,
  /** The account was deactivated: its sessions and connections ended. */
  accountEnded: 4401,
  /** The user is no longer a member of the meeting. */
  accessRevoked: 4404,
  /** A change arrived after the minutes were locked: it was refused, not saved. */
  locked: 4409,
  /** A change that would break the minutes' structure (text outside every
   * section, a section heading edited, a section added or removed): refused,
   * not saved. Headings change only through the organizer's agenda. */
  structure: 4422,
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** Storage failed while loading or saving; try again later. */
  storageFailure: 4500,
  /** The client did not read what it was sent (more than the server's limit
   * waited for it); reconnecting starts afresh with one sync. */
  notReading: 4508,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** y-websocket message types (y-websocket's own numbering) plus Kateb's. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client, only when the client asked with `?ack=1`: [100, n] — the
   * first n sync step-2/update messages of this connection are committed. */
  saved: 100,
  /** Server → client, only with `?ack=1`: [101, role] — the connection's role
   * changed (a demoted note-taker is read-only from now on). */
  role: 101,
  /** Server → client, only with `?ack=1`: [102, JSON MinutesLockState] — the
   * minutes were locked (read-only for everyone) or reopened. */
  lockState: 102,
  /** Server → client, only with `?ack=1`: [103, threadId] — a comment thread of
   * the meeting was opened or changed (the empty string: refetch them all).
   * Comments live behind the API: the page refetches the thread, and refetches
   * the whole list whenever its connection syncs again (nothing sent while it
   * was offline is replayed). */
  commentsChanged: 103,
  /** Server → client, only with `?ack=1`: [104] — the minutes' state changed
   * otherwise than by a lock or reopen (those come as lockState): a version
   * was published or its link revoked. Pages re-read the state through the
   * API. Like every message above, a client never sends it: the server closes
   * a connection that does (4400, an unknown message). */
  minutesState: 104,
  /** Server → client, only with `?ack=1`, on a cluster's node: [105, 1] — this
   * server cannot reach the other servers now (Redis is away): colleagues
   * connected elsewhere see this writer's changes late, and it sees theirs
   * late; [105, 0] — reachable again, and caught up. Saving is not affected. */
  clusterState: 105,
} as const;

/** Whether the minutes are locked, and by whom, as told to open editors. */
export interface MinutesLockState {
  locked: boolean;
  lockedBy: string | null;
  version: number | null;
}

const MEETING_DOC = /^meeting:([A-Za-z0-9_-]{1,64})$/;

export function meetingDocName(meetingId: string): string {
  return `meeting:${meetingId}`;
}

/** The meeting id of a document name, or null when the name is not a meeting's. */
export function meetingIdOfDoc(docName: string): string | null {
  return MEETING_DOC.exec(docName)?.[1] ?? null;
}
