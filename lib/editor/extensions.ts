// The one list of TipTap extensions that defines the minutes' schema: used by
// the browser editor and by the server (initial content, readings, reports).
import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { AutoDirection } from "./auto-direction";
import { FollowUp } from "./nodes/follow-up";
import { Proposal } from "./nodes/proposal";
import { QaAnswer, QaItem, QaQuestion } from "./nodes/qa-item";
import { Resolution } from "./nodes/resolution";
import { MinutesDocument, ProtectedStructure } from "./protected-structure";
import { Section } from "./nodes/section";
import { SpeakerStamp } from "./nodes/speaker-stamp";
import { UniqueBlockIds } from "./unique-block-ids";

/** The Y.XmlFragment that holds the minutes inside the document. */
export const MINUTES_FRAGMENT = "default";

export function minutesExtensions(): AnyExtension[] {
  // History is collaborative (per user) in Yjs; StarterKit's own undo would fight it.
  // The document is sections only (MinutesDocument), and their headings are kept.
  // No trailing node: it appends an empty paragraph after the last section in
  // the browser as soon as the minutes arrive, which is a write on open (read-
  // only connections are closed for it, locked minutes refuse it).
  return [
    StarterKit.configure({ undoRedo: false, document: false, trailingNode: false }),
    MinutesDocument,
    ProtectedStructure,
    AutoDirection,
    Section,
    QaItem,
    QaQuestion,
    QaAnswer,
    Proposal,
    Resolution,
    FollowUp,
    SpeakerStamp,
    UniqueBlockIds,
  ];
}
