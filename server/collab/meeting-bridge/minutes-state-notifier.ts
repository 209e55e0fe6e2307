// How a publication or a revoked link reaches open pages: each page of the
// meeting's minutes is sent [MessageType.minutesState] and re-reads the state
// through the API (every member may read it; the message itself says nothing else).
import * as encoding from "lib0/encoding";
import { MessageType } from "@/lib/collab-protocol";
import type { MinutesStateEvents } from "@/server/domain/minutes/minutes-state-events";
import type { CollabLogger, CollabServer } from "../server";
import { tellOpenPages } from "./tell-open-pages";

export function collabMinutesStateEvents(collab: CollabServer, logger: CollabLogger): MinutesStateEvents {
  return {
    minutesStateChanged(meetingId) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.minutesState);
      tellOpenPages({ collab, logger, meetingId, message: encoding.toUint8Array(encoder), failure: "telling pages of the minutes' state failed" });
    },
  };
}
