// English UI strings of the changes the minutes propose to tracked items at a lock, and
// of their place in a tracked item's history. Part of the English catalogue.
import type { carriedFa } from "./messages-carried-fa";

export const carriedEn: Record<keyof typeof carriedFa, string> = {
  "lifecycle.carried.heading": "Changes these minutes propose to tracked follow-ups",
  "lifecycle.carried.explain":
    "The minutes change these items the tracker already holds (earlier meetings' follow-ups in the carry-over section; this meeting's own follow-ups and proposals: their text, category, due date or body, or their leaving or returning to the minutes). The tracker changes only with those you accept; the others stay in the tracker as they are, and in the minutes as typed.",
  "lifecycle.carried.loading": "Reading the proposed changes…",
  "lifecycle.carried.failed": "The proposed changes could not be read; locking now applies none of them.",
  "lifecycle.carried.acceptAll": "Accept all",
  "lifecycle.carried.acceptNone": "Accept none",
  "lifecycle.carried.status": "Status: {from} → {to}",
  "lifecycle.carried.typedBy": "typed by {name}",
  "lifecycle.carried.removed": "in the minutes (who changed it is not recorded)",
  "lifecycle.carried.leftMinutes": "no longer in the minutes",
  "lifecycle.carried.text": "Text: {from} → {to}",
  "lifecycle.carried.applied": "{applied} of {proposed} proposed changes were applied to the tracker.",
  "lifecycle.carried.stale": "{count} of the changes you accepted were not applied: the item had changed meanwhile.",
  "tracker.history.due": "Due date: {from} → {to}",
  "tracker.history.responsibleBody": "Responsible body: {from} → {to}",
  "tracker.history.text": "Text: {from} → {to}",
  "tracker.history.category": "Category: {from} → {to}",
  "tracker.history.none": "none",
  "tracker.history.proposed": "Proposed by {proposer} in the minutes, accepted by {accepter}",
  "tracker.history.proposedRemoval": "Changed in the minutes (who changed it is not recorded), accepted by {accepter}",
};
