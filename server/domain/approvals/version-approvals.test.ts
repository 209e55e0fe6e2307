// Sign-off against a real database, on SQLite and PostgreSQL: requests and
// answers, what races leave (one request per person and version, one answer
// per request), what a superseded version takes (nothing), and what the
// minutes' state and the public page read of it.
import { describe, expect, it } from "vitest";
import { createMeetingWithMembers, createUser } from "@/tests/helpers/factories";
import { refusal } from "@/tests/helpers/refusal";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { lockMeeting } from "../minutes/lock-meeting";
import { readMeetingMinutesState } from "../minutes/meeting-minutes-state";
import { reopenMeeting } from "../minutes/reopen-meeting";
import { getPublicPage } from "../versions/get-public-page";
import { publishVersion } from "../versions/publish-version";
import { answerApproval } from "./answer-approval";
import { askForApproval } from "./ask-for-approval";
import { getVersionApprovals } from "./get-version-approvals";

const t = testDbForFile();

async function lockNext(meetingId: string, organizerId: string, first: boolean): Promise<void> {
  if (!first) await reopenMeeting({ db: t.db, meetingId, userId: organizerId });
  const captured = await captureStoredMinutes({ db: t.db, meetingId });
  await lockMeeting({ db: t.db, meetingId, userId: organizerId, captured });
}

/** A meeting locked as v1: its organizer (who asks), a chair and a secretary (asked). */
async function lockedMeeting() {
  const meeting = await createMeetingWithMembers(t.db, ["organizer", "reviewer", "note-taker"]);
  const [organizer, chair, secretary] = meeting.members;
  await lockNext(meeting.id, organizer.id, true);
  return { meetingId: meeting.id, organizer, chair, secretary };
}

describe("askForApproval and answerApproval", () => {
  it("approve the version once everyone asked approved; the minutes' state and the public page say so", async () => {
    const { meetingId, organizer, chair, secretary } = await lockedMeeting();
    const asked = await askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [chair.id, secretary.id] });
    expect(asked.state).toBe("pending");
    const answer = (userId: string) => answerApproval({ db: t.db, meetingId, userId, versionNumber: 1, decision: "approve", note: "" });
    await answer(chair.id);
    expect(await readMeetingMinutesState(t.db, meetingId)).toMatchObject({ kind: "locked", approved: false });
    expect((await answer(secretary.id)).state).toBe("approved");
    expect(await readMeetingMinutesState(t.db, meetingId)).toMatchObject({ kind: "locked", version: 1, approved: true });

    const { token } = (await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1 })).publication;
    const page = await getPublicPage({ db: t.db, token });
    expect(page.approval.approved).toBe(true);
    expect(page.approval.approvedBy.map((entry) => entry.name)).toEqual([chair.name, secretary.name]);
  });

  it("keep one request per person when the same person is asked twice at once, and one answer when two arrive at once", async () => {
    const { meetingId, organizer, chair } = await lockedMeeting();
    const ask = () => askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [chair.id] });
    const asks = await Promise.allSettled([ask(), ask()]);
    expect(asks.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(asks.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "conflict", message: "error.approval.alreadyAsked" } });
    expect(await t.db.versionApproval.count({ where: { version: { meetingId } } })).toBe(1);

    const answer = (decision: "approve" | "decline") =>
      answerApproval({ db: t.db, meetingId, userId: chair.id, versionNumber: 1, decision, note: "یادداشت" });
    const answers = await Promise.allSettled([answer("approve"), answer("decline")]);
    expect(answers.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(answers.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { message: "error.approval.alreadyAnswered" } });
  });

  it("refuse a non-member, a non-organizer asking, and anyone not asked answering; nothing is saved", async () => {
    const { meetingId, organizer, chair, secretary } = await lockedMeeting();
    const stranger = await createUser(t.db);
    const notMember = await refusal(askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [chair.id, stranger.id] }));
    expect(notMember).toMatchObject({ code: "invalid_input", message: "error.approval.notMember", details: { userIds: "error.approval.notMember" } });
    expect((await refusal(askForApproval({ db: t.db, meetingId, userId: chair.id, versionNumber: 1, userIds: [secretary.id] }))).code).toBe("forbidden");
    expect(await t.db.versionApproval.count({ where: { version: { meetingId } } })).toBe(0);
    await askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [chair.id] });
    const notAsked = await refusal(answerApproval({ db: t.db, meetingId, userId: secretary.id, versionNumber: 1, decision: "approve", note: "" }));
    expect(notAsked).toMatchObject({ code: "forbidden", message: "error.approval.notAsked" });
  });

  it("belong to their version: after a re-lock the superseded one takes no request or answer, the new one has none", async () => {
    const { meetingId, organizer, chair, secretary } = await lockedMeeting();
    await askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [chair.id] });
    await lockNext(meetingId, organizer.id, false);
    const late = await refusal(answerApproval({ db: t.db, meetingId, userId: chair.id, versionNumber: 1, decision: "approve", note: "" }));
    expect(late).toMatchObject({ code: "conflict", message: "error.approval.superseded" });
    const ask = await refusal(askForApproval({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, userIds: [secretary.id] }));
    expect(ask).toMatchObject({ code: "conflict", message: "error.approval.superseded" });
    expect(await getVersionApprovals({ db: t.db, meetingId, userId: secretary.id, versionNumber: 1 })).toMatchObject({ superseded: true, state: "pending" });
    expect(await getVersionApprovals({ db: t.db, meetingId, userId: secretary.id, versionNumber: 2 })).toMatchObject({ superseded: false, state: "none", requests: [] });
  });
});
