// English UI strings of the changes the minutes propose to tracked items at a lock, and
// of their place in a tracked item's history. Part of the English catalogue.
import type { carriedFa } from "./messages-carried-fa";

export const carriedEn: Record<keyof typeof carriedFa, string> = {
  "lifecycle.carried.heading": "Changes these minutes propose to tracked follow-ups",
  "lifecycle.carried.explain":
    "Note-takers typed these changes in follow-ups the tracker already holds (earlier meetings' follow-ups, or this meeting's own since the last version). The tracker changes only with those you accept; the others stay in the tracker as they are, and in the minutes as typed.",
  "lifecycle.carried.loading": "Reading the proposed changes…",
  "lifecycle.carried.failed": "The proposed changes could not be read; locking now applies none of them.",
  "lifecycle.carried.acceptAll": "Accept all",
  "lifecycle.carried.acceptNone": "Accept none",
  "lifecycle.carried.status": "Status: {from} → {to}",
  "lifecycle.carried.typedBy": "typed by {name}",
  "lifecycle.carried.removed": "removed in the minutes (who removed it is not recorded)",
  "lifecycle.carried.applied": "{accepted} of {proposed} proposed changes were applied to the tracker.",
  "tracker.history.due": "Due date: {from} → {to}",
  "tracker.history.responsibleBody": "Responsible body: {from} → {to}",
  "tracker.history.none": "none",
  "tracker.history.proposed": "Proposed by {proposer} in the minutes, accepted by {accepter}",
  "tracker.history.proposedRemoval": "Removed in the minutes (who removed it is not recorded), accepted by {accepter}",
};
