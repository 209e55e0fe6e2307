// The carry-over: a new meeting of a series starts with a section "Follow-ups
// from earlier sessions" listing the series' open tracked items as follow-up
// blocks whose id is the tracked item's id, with the item's current status,
// body and due date. Note-takers update them during the session; locking the
// minutes sends those updates back to the tracker (syncTrackedItems).
import type { JSONContent } from "@tiptap/core";
import { heading, paragraph } from "@/lib/editor/initial-minutes";
import { newBlockId } from "@/lib/editor/block-id";
import { translate } from "@/lib/i18n/translate";
import { isOpenStatus, readMinutesStatus, toTrackerStatus } from "@/lib/tracker-status";
import type { Tx } from "@/server/db/transaction";

/** The carry-over section of a meeting's first minutes, or null when its
 * series has no open item from another meeting (or it has no series). */
export async function carryOverSection(tx: Tx, meetingId: string): Promise<JSONContent | null> {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { seriesId: true } });
  if (!meeting?.seriesId) return null;
  const items = (
    await tx.trackedItem.findMany({
      where: { seriesId: meeting.seriesId, meetingId: { not: meetingId }, status: { notIn: ["closed", "withdrawn"] } },
      include: { responsibleBody: { select: { name: true } } },
      orderBy: [{ meeting: { startsAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    })
  ).filter((item) => isOpenStatus(toTrackerStatus(item.status)));
  if (items.length === 0) return null;
  return {
    type: "section",
    attrs: { id: newBlockId(), kind: "carryOver", topicId: null },
    content: [
      heading(2, translate("fa", "minutes.heading.carryOver")),
      ...items.map((item) => ({
        type: "followUp",
        attrs: {
          id: item.id,
          responsibleBody: item.responsibleBody?.name ?? "",
          due: item.due,
          // The tracker's own status: the minutes offer the same list.
          status: readMinutesStatus(item.status),
        },
        content: item.text ? [{ type: "text", text: item.text }] : [],
      })),
      paragraph(),
    ],
  };
}

/** The minutes with the carry-over section after the header (the first section). */
export function withCarryOver(doc: JSONContent, section: JSONContent | null): JSONContent {
  if (!section) return doc;
  const content = doc.content ?? [];
  const at = content.findIndex((node) => node.type === "section") + 1;
  return { ...doc, content: [...content.slice(0, at), section, ...content.slice(at)] };
}
