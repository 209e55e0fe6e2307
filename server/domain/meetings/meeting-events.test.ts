// Which use cases tell the collaboration server what, and only after a write
// that happened.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/helpers/factories";
import { createTestDb, type TestDb } from "@/tests/helpers/test-db";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { createMeeting } from "./create-meeting";
import { createSeries } from "../series/create-series";
import { editMeeting } from "./edit-meeting";
import type { MeetingEvents } from "./meeting-events";
import type { MeetingView } from "./meeting-view";
import { removeMember } from "./remove-member";

let t: TestDb;
let organizer: { id: string; email: string };
let other: { id: string; email: string };
let meeting: MeetingView;
const heard: string[] = [];
const events: MeetingEvents = {
  membershipChanged: (meetingId, userId) => heard.push(`membership ${meetingId} ${userId}`),
  agendaChanged: (meetingId) => heard.push(`agenda ${meetingId}`),
  accountEnded: (userId) => heard.push(`account ${userId}`),
};

/** What the events heard while `run` ran. */
async function hearing(run: () => Promise<unknown>): Promise<string[]> {
  heard.length = 0;
  await run().catch(() => undefined);
  return [...heard];
}

beforeAll(async () => {
  t = await createTestDb();
  organizer = await createUser(t.db, "برگزارکننده");
  other = await createUser(t.db, "عضو");
  const series = await createSeries({ db: t.db, userId: organizer.id, fields: { title: "مجموعه" } });
  meeting = await createMeeting({
    db: t.db,
    userId: organizer.id,
    fields: {
      seriesId: series.id,
      title: "جلسه",
      startsAt: { year: 1403, month: 1, day: 15, hour: 10, minute: 0 },
      place: "",
      guests: [],
      attendees: [],
      agenda: ["یک", "دو"],
    },
  });
});
afterAll(async () => {
  await t.cleanup();
});

describe("meeting events", () => {
  const base = () => ({ db: t.db, events, userId: organizer.id, meetingId: meeting.id });

  it("announce an agenda change once, and nothing for other details or an unchanged agenda", async () => {
    const agenda = meeting.agenda.map(({ id, title }) => ({ id, title }));
    expect(await hearing(() => editMeeting({ ...base(), fields: { title: "جلسهٔ دیگر" } }))).toEqual([]);
    expect(await hearing(() => editMeeting({ ...base(), fields: { agenda } }))).toEqual([]);
    expect(
      await hearing(() => editMeeting({ ...base(), fields: { agenda: [...agenda, { title: "سه" }] } })),
    ).toEqual([`agenda ${meeting.id}`]);
    expect(
      await hearing(() => editMeeting({ ...base(), fields: { agenda: [{ id: "nope", title: "چهار" }] } })),
    ).toEqual([]);
  });

  it("announce each membership change of the member concerned, and none for a refused one", async () => {
    const member = { ...base(), memberId: other.id };
    expect(await hearing(() => addMember({ ...base(), fields: { email: other.email, role: "viewer" } }))).toEqual([
      `membership ${meeting.id} ${other.id}`,
    ]);
    expect(await hearing(() => addMember({ ...base(), fields: { email: other.email, role: "viewer" } }))).toEqual([]);
    expect(await hearing(() => changeMemberRole({ ...member, role: "note-taker" }))).toEqual([
      `membership ${meeting.id} ${other.id}`,
    ]);
    expect(await hearing(() => changeMemberRole({ ...member, role: "note-taker" }))).toEqual([]);
    expect(await hearing(() => changeMemberRole({ ...base(), memberId: organizer.id, role: "viewer" }))).toEqual([]);
    expect(await hearing(() => removeMember(member))).toEqual([`membership ${meeting.id} ${other.id}`]);
    expect(await hearing(() => removeMember(member))).toEqual([]);
  });
});
