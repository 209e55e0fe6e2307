// English UI strings of resolutions: the editor's block, the report's numbered
// section, the tracker's kind and the lock's check of the votes. Part of the
// English catalogue (messages-en.ts).
import type { resolutionsFa } from "./messages-resolutions-fa";

export const resolutionsEn: Record<keyof typeof resolutionsFa, string> = {
  "minutes.heading.resolutions": "Resolutions",
  "blocks.resolution.insert": "Add resolution",
  "blocks.resolution.label": "Resolution",
  "blocks.resolution.remove": "Remove this resolution",
  "blocks.resolution.votes": "Votes (optional)",
  "blocks.resolution.votesFor": "For",
  "blocks.resolution.votesAgainst": "Against",
  "blocks.resolution.votesAbstain": "Abstaining",
  "blocks.resolution.votesInvalid": "Enter the number of votes as a whole number from 0 to 999. It was not saved.",
  "blocks.resolution.votesOverPresent": "The votes add up to {cast}, more than the {present} attendees present; the minutes cannot be locked so.",
  "blocks.slash.resolution": "A decision of the session, with a responsible body, due date and votes",
  "tracker.kind.resolution": "Resolution",
  "report.resolutions": "Resolutions",
  "report.resolution.number": "Resolution {number}",
  "report.resolution.numberInSession": "Resolution {number} of session {session}",
  "report.resolution.responsibleBody": "Responsible body",
  "report.resolution.due": "Due",
  "report.resolution.status": "Status",
  "report.resolution.votes": "Votes",
  "report.resolution.voteCount": "for {for}, against {against}, abstaining {abstain}",
  "report.resolution.notCounted": "—",
  "error.resolution.votesOverPresentAtLock":
    "The votes on a resolution in the minutes add up to more than the attendees marked present. Correct that resolution's votes or the attendance, then lock again. Nothing was locked.",
  "error.resolution.votesOverPresent": "The votes add up to more than the attendees present.",
  "compare.block.resolution": "Resolution",
  "change.resolutionStatusChanged": "Resolution status changed: {before} → {after}",
  "change.resolutionDueChanged": "Resolution due date changed: {before} → {after}",
  "change.resolutionResponsibleBodyChanged": "Resolution responsible body changed: {before} → {after}",
  "change.resolutionVotesChanged": "Resolution votes changed: {before} → {after}",
} as const;
