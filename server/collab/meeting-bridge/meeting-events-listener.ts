// How membership and agenda changes reach the live minutes: open connections
// re-check their role at once, and a new agenda topic gets its section.
import { CloseCode, meetingDocName } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import { loadMinutesSeed } from "@/server/domain/minutes/build-initial-minutes";
import { getDocumentAccess } from "@/server/domain/access/get-document-access";
import type { MeetingEvents } from "@/server/domain/meetings/meeting-events";
import { addMissingTopicSections } from "./agenda-sections";
import type { CollabLogger, CollabServer } from "../server";

export function collabMeetingEvents(collab: CollabServer, db: Db, logger: CollabLogger): MeetingEvents {
  const report = (what: string) => (error: unknown) => logger.error(what, error);
  return {
    membershipChanged(meetingId, userId) {
      const docName = meetingDocName(meetingId);
      const open = collab.connectionsOf(docName, userId);
      if (open.length === 0) return;
      void getDocumentAccess({ db, userId, docName })
        .then((access) => {
          for (const connection of open) {
            if (!access) connection.close(CloseCode.accessRevoked, "no longer a member");
            else connection.changeRole(access.role);
          }
        })
        .catch(report("re-checking a role failed"));
    },
    accountEnded(userId) {
      for (const connection of collab.connectionsOfUser(userId)) connection.close(CloseCode.accountEnded, "account deactivated");
    },
    agendaChanged(meetingId) {
      const docName = meetingDocName(meetingId);
      void (async () => {
        const seed = await loadMinutesSeed(db, docName);
        await collab.editDocument(docName, (doc) => addMissingTopicSections(doc, seed.agenda, seed.headings.agenda));
      })().catch(report("adding agenda sections failed"));
    },
  };
}
