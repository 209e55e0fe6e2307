// The collaboration server as both entry points run it (server/main.ts with
// Next.js, server/collab/main.ts alone): its settings from the validated
// configuration, new minutes built from the meeting on first open, the
// search index told of each save of the minutes, and, with REDIS_URL, the
// node joined to its cluster (server/cluster).
import { meetingIdOfDoc } from "@/lib/collab-protocol";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { buildInitialMinutes } from "../domain/minutes/build-initial-minutes";
import type { SearchIndexer } from "../domain/search/search-indexer";
import type { TicketUses } from "../auth/ticket-uses";
import type { DocFollower } from "./protocol/doc-registry";
import { joinCluster, wireCluster } from "../cluster/join-cluster";
import type { RedisBus } from "../cluster/redis-bus";
import type { CommentEvents } from "../domain/comments/comment-events";
import type { MeetingEvents } from "../domain/meetings/meeting-events";
import type { MinutesStateEvents } from "../domain/minutes/minutes-state-events";
import { collabCommentEvents } from "./meeting-bridge/comment-notifier";
import { collabMeetingEvents } from "./meeting-bridge/meeting-events-listener";
import { collabMinutesStateEvents } from "./meeting-bridge/minutes-state-notifier";
import { CollabServer, consoleLogger } from "./server";

/** What a cluster's node adds (server/cluster/join-cluster.ts). */
export interface CollabClusterParts {
  follower: DocFollower;
  ticketUses: TicketUses;
  connectionLimit: { allow(address: string): Promise<boolean> };
}

export function collabServerFor(config: Config, db: Db, search?: SearchIndexer, cluster?: CollabClusterParts | null): CollabServer {
  return new CollabServer({
    follower: cluster?.follower,
    ticketUses: cluster?.ticketUses,
    clusterConnectionLimit: cluster?.connectionLimit,
    db,
    secret: config.secret,
    idleUnloadMs: config.collab.idleUnloadMs,
    compactAfter: config.collab.compactAfter,
    pingIntervalMs: config.collab.pingIntervalMs,
    limits: config.collab.limits,
    initialState: (docName) => buildInitialMinutes({ db, docName }),
    onSaved: (docName) => {
      const meetingId = meetingIdOfDoc(docName);
      if (meetingId !== null) search?.meetingChanged(meetingId);
    },
  });
}

export interface CollabNode {
  collab: CollabServer;
  /** The events the routes raise, heard by this node's connections and, in a cluster, every node's. */
  events: { meeting: MeetingEvents; comments: CommentEvents; minutesState: MinutesStateEvents };
  /** The cluster's bus (closed after the collaboration server on shutdown); null for one node. */
  cluster: RedisBus | null;
}

/** The collaboration server of this node and the events it hears: alone, or joined to the cluster REDIS_URL names. */
export async function collabNodeFor(config: Config, db: Db, search?: SearchIndexer): Promise<CollabNode> {
  const node = await joinCluster(config.redisUrl, config.redisPrefix, config.collab.limits.connectionsPerIpPerMinute, consoleLogger);
  const collab = collabServerFor(
    config,
    db,
    search,
    node && { follower: node.relay, ticketUses: node.ticketUses, connectionLimit: node.connectionLimit },
  );
  const local = {
    meeting: collabMeetingEvents(collab, db, consoleLogger),
    comments: collabCommentEvents(collab, db, consoleLogger),
    minutesState: collabMinutesStateEvents(collab, consoleLogger),
  };
  if (!node) return { collab, events: local, cluster: null };
  const events = await wireCluster(node, collab, local);
  return { collab, events, cluster: node.bus };
}
