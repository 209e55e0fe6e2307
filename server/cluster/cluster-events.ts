// The app's events on every node (issue #18): a route handled by one node
// changes a meeting, and the open connections of every node must hear of it.
// Each event is handled here as on one node, then published; the other nodes
// handle what they receive as if it were their own. An agenda change is
// handled only where it happened: it edits the document, and the edit reaches
// the other nodes as any committed update does.
import { z } from "zod";
import type { MinutesLockState } from "@/lib/collab-protocol";
import type { CommentEvents } from "@/server/domain/comments/comment-events";
import type { MeetingEvents } from "@/server/domain/meetings/meeting-events";
import type { MinutesStateEvents } from "@/server/domain/minutes/minutes-state-events";
import type { ClusterBus } from "./bus";

const EVENTS_CHANNEL = "events";

const lockState = z.object({ locked: z.boolean(), lockedBy: z.string().nullable(), version: z.number().int().nullable() });

const clusterEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("membershipChanged"), meetingId: z.string(), userId: z.string() }),
  z.object({ type: z.literal("accountEnded"), userId: z.string() }),
  z.object({ type: z.literal("commentsChanged"), meetingId: z.string(), threadId: z.string().nullable() }),
  z.object({ type: z.literal("minutesStateChanged"), meetingId: z.string() }),
  z.object({ type: z.literal("lockChanged"), docName: z.string(), state: lockState }),
]);
type ClusterEvent = z.infer<typeof clusterEvent>;

const envelope = z.object({ from: z.string(), event: clusterEvent });

/** What this node does with an event, wherever it happened. */
export interface LocalEvents {
  meeting: MeetingEvents;
  comments: CommentEvents;
  minutesState: MinutesStateEvents;
  /** The minutes were locked or reopened on another node. */
  lockChanged(docName: string, state: MinutesLockState): void;
}

export interface ClusterEvents {
  meeting: MeetingEvents;
  comments: CommentEvents;
  minutesState: MinutesStateEvents;
  /** The minutes were locked or reopened through this node. */
  lockChanged(docName: string, state: MinutesLockState): void;
}

function dispatch(local: LocalEvents, event: ClusterEvent): void {
  switch (event.type) {
    case "membershipChanged":
      return local.meeting.membershipChanged(event.meetingId, event.userId);
    case "accountEnded":
      return local.meeting.accountEnded(event.userId);
    case "commentsChanged":
      return local.comments.commentsChanged(event.meetingId, event.threadId);
    case "minutesStateChanged":
      return local.minutesState.minutesStateChanged(event.meetingId);
    case "lockChanged":
      return local.lockChanged(event.docName, event.state);
  }
}

/** The events, handled here and on every other node of `bus`. */
export async function clusterEvents(bus: ClusterBus, local: LocalEvents): Promise<ClusterEvents> {
  const decoder = new TextDecoder();
  await bus.subscribe(EVENTS_CHANNEL, (bytes) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(bytes));
    } catch {
      return;
    }
    const message = envelope.safeParse(parsed);
    if (message.success && message.data.from !== bus.nodeId) dispatch(local, message.data.event);
  });
  const encoder = new TextEncoder();
  const publish = (event: ClusterEvent): void => bus.publish(EVENTS_CHANNEL, encoder.encode(JSON.stringify({ from: bus.nodeId, event })));
  const everywhere = (event: ClusterEvent): void => {
    dispatch(local, event);
    publish(event);
  };
  return {
    meeting: {
      membershipChanged: (meetingId, userId) => everywhere({ type: "membershipChanged", meetingId, userId }),
      accountEnded: (userId) => everywhere({ type: "accountEnded", userId }),
      agendaChanged: (meetingId) => local.meeting.agendaChanged(meetingId),
    },
    comments: { commentsChanged: (meetingId, threadId) => everywhere({ type: "commentsChanged", meetingId, threadId }) },
    minutesState: { minutesStateChanged: (meetingId) => everywhere({ type: "minutesStateChanged", meetingId }) },
    // Already applied here by the collaboration server that locked.
    lockChanged: (docName, state) => publish({ type: "lockChanged", docName, state }),
  };
}
