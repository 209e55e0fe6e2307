// How a publication or a revoked link reaches open pages: each connection to
// the meeting's minutes that speaks Kateb's protocol (?ack=1) is sent
// [MessageType.minutesState], and its page re-reads the state through the API
// (every member may read it; the message itself says nothing else).
import * as encoding from "lib0/encoding";
import { MessageType, meetingDocName } from "@/lib/collab-protocol";
import type { MinutesStateEvents } from "@/server/domain/minutes/minutes-state-events";
import { Connection } from "../protocol/connection";
import type { CollabLogger, CollabServer } from "../server";

export function collabMinutesStateEvents(collab: CollabServer, logger: CollabLogger): MinutesStateEvents {
  return {
    minutesStateChanged(meetingId) {
      // Nobody has the minutes open: no page to tell.
      const loaded = collab.registry.peek(meetingDocName(meetingId));
      if (!loaded) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.minutesState);
      const message = encoding.toUint8Array(encoder);
      loaded
        .then((shared) => {
          for (const peer of shared.peers) if (peer instanceof Connection && peer.identity.wantsAck) peer.send(message);
        })
        .catch((error: unknown) => logger.error("telling pages of the minutes' state failed", error));
    },
  };
}
