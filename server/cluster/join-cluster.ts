// A node joins its cluster (REDIS_URL set): the bus, the relay that keeps each
// loaded document one document across the nodes, single-use tokens shared by
// the nodes, and the app's events carried to every node.
import type { TicketUses } from "@/server/auth/ticket-uses";
import type { CollabLogger, CollabServer } from "@/server/collab/server";
import { clusterEvents, type ClusterEvents, type LocalEvents } from "./cluster-events";
import { DocRelay } from "./doc-relay";
import { RedisBus } from "./redis-bus";
import { RedisConnectionLimit } from "./redis-connection-limit";
import { RedisTicketUses } from "./redis-ticket-uses";

export interface ClusterNode {
  bus: RedisBus;
  relay: DocRelay;
  ticketUses: TicketUses;
  connectionLimit: RedisConnectionLimit;
}

/** Connects to the cluster's Redis; null when there is none (one node). */
export async function joinCluster(
  redisUrl: string | null,
  prefix: string,
  connectionsPerMinute: number,
  logger: CollabLogger,
): Promise<ClusterNode | null> {
  if (redisUrl === null) return null;
  const bus = await RedisBus.connect(redisUrl, logger, prefix);
  let lost = false;
  bus.onConnectionChanged((connected) => {
    if (!connected) logger.error("Redis is unreachable", "serving this node's own clients meanwhile");
    else if (lost) logger.info("Redis is reachable again: catching up");
    lost ||= !connected;
  });
  return {
    bus,
    relay: new DocRelay(bus, (message, error) => logger.error(message, error)),
    ticketUses: new RedisTicketUses(bus.commands),
    connectionLimit: new RedisConnectionLimit(bus.commands, connectionsPerMinute),
  };
}

/** Wires a node's collaboration server to the cluster: catching up after the
 * bus was away, and the events, handled on every node. */
export async function wireCluster(
  node: ClusterNode,
  collab: CollabServer,
  local: Omit<LocalEvents, "lockChanged">,
): Promise<ClusterEvents> {
  // Editors hear that the others are back only once this node has caught up.
  node.bus.onResumed(() => void node.relay.catchUp((name) => collab.storedDocument(name)).then(() => collab.setClusterReachable(true)));
  node.bus.onConnectionChanged((connected) => {
    if (!connected) collab.setClusterReachable(false);
  });
  const events = await clusterEvents(node.bus, { ...local, lockChanged: (docName, state) => void collab.locks.apply(docName, state) });
  collab.locks.onChanged(events.lockChanged);
  return events;
}
