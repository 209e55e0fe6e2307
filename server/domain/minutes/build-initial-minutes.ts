// The first state of a meeting's minutes document, built from the meeting's
// details with the shared editor schema. Stored once, by the server.
import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { AppError } from "@/lib/app-error";
import { meetingIdOfDoc } from "@/lib/collab-protocol";
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";
import { initialMinutes, type MinutesSeed } from "@/lib/editor/initial-minutes";
import { headerLines } from "@/lib/editor/template-text";
import { translator } from "@/lib/i18n/translate";
import type { Db } from "@/server/db/client";
import { carryOverSection, withCarryOver } from "../tracker/carry-over";

/** What the template needs of a meeting, in Persian (the minutes' language),
 * without a directional control stored before input was cleaned. */
export async function loadMinutesSeed(db: Db, docName: string): Promise<MinutesSeed> {
  const meetingId = meetingIdOfDoc(docName);
  const meeting = meetingId
    ? await db.meeting.findUnique({
        where: { id: meetingId },
        include: { guests: { orderBy: { position: "asc" } }, agenda: { orderBy: { position: "asc" } } },
      })
    : null;
  if (!meeting) throw new AppError("not_found", `no meeting for document ${docName}`);
  const t = translator("fa");
  return {
    title: withoutDirectionalControls(meeting.title),
    ...headerLines(meeting, "fa"),
    agenda: meeting.agenda.map((topic) => ({ id: topic.id, title: withoutDirectionalControls(topic.title) })),
    headings: {
      agenda: t("minutes.heading.agenda"),
      qa: t("minutes.heading.qa"),
      proposals: t("minutes.heading.proposals"),
      resolutions: t("minutes.heading.resolutions"),
      followUps: t("minutes.heading.followUps"),
    },
  };
}

/** A Yjs update holding `json` as the minutes. The minutes are complete under
 * the schema when stored: the browser shows them as they are, and never fills
 * anything in (that would be a write on open, refused for read-only readers). */
export function minutesState(json: JSONContent): Uint8Array {
  const schema = getSchema(minutesExtensions());
  schema.nodeFromJSON(json).check(); // throws, storing nothing, on minutes the schema would have to repair
  const doc = prosemirrorJSONToYDoc(schema, json, MINUTES_FRAGMENT);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The template, with the series' open follow-ups carried over (carry-over.ts). */
export async function buildInitialMinutes(options: { db: Db; docName: string }): Promise<Uint8Array> {
  const minutes = initialMinutes(await loadMinutesSeed(options.db, options.docName));
  const meetingId = meetingIdOfDoc(options.docName);
  return minutesState(withCarryOver(minutes, meetingId ? await carryOverSection(options.db, meetingId) : null));
}
