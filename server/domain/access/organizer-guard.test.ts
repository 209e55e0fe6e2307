// The last organizer keeps the role, also when two organizers take it from
// each other at the same moment: each change reads that another organizer
// remains, then writes. Run one after the other, the second finds none left
// and is refused; were they let overlap (PostgreSQL's default isolation), both
// would read two organizers and the meeting would be left with none.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createMeetingWithMembers } from "@/tests/helpers/factories";
import { changeMemberRole } from "../meetings/change-member-role";
import { removeMember } from "../meetings/remove-member";

const t = testDbForFile();

/** Meetings at once, each with two organizers who act on each other together. */
const PAIRS = 4;

async function organizersLeft(meetingId: string): Promise<number> {
  return t.db.membership.count({ where: { meetingId, role: "organizer" } });
}

describe("two organizers taking the role from each other at once", () => {
  it("leave one of them organizer: the other change is refused as the last organizer's", async () => {
    const meetings = await Promise.all(Array.from({ length: PAIRS }, () => createMeetingWithMembers(t.db, ["organizer", "organizer"])));
    const outcomes = await Promise.all(
      meetings.flatMap(({ id, members: [a, b] }) => [
        changeMemberRole({ db: t.db, userId: a.id, meetingId: id, memberId: b.id, role: "viewer" }).then(() => "changed", refusal),
        removeMember({ db: t.db, userId: b.id, meetingId: id, memberId: a.id }).then(() => "removed", refusal),
      ]),
    );
    for (const meeting of meetings) expect(await organizersLeft(meeting.id)).toBe(1);
    // In each pair one went through; the other was refused, either as the last
    // organizer's change or because its author was no longer an organizer.
    for (let pair = 0; pair < PAIRS; pair += 1) {
      expect(outcomes.slice(2 * pair, 2 * pair + 2).filter((outcome) => outcome === "refused")).toHaveLength(1);
    }
  });
});

function refusal(error: unknown): string {
  if (error instanceof AppError) return "refused";
  throw error;
}
