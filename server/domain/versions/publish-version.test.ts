// Publishing, revoking and reading the public page against a real database.
import { describe, expect, it } from "vitest";
import { refusal } from "@/tests/helpers/refusal";
import { createMeetingWithMembers } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { getPublicPage } from "./get-public-page";
import { listVersions } from "./list-versions";
import { lockMeeting } from "../minutes/lock-meeting";
import { publishVersion } from "./publish-version";
import { reopenMeeting } from "../minutes/reopen-meeting";
import { revokePublication } from "./revoke-publication";

const t = testDbForFile();

/** A meeting with `count` locked versions (reopened between them). */
async function meetingWithVersions(count: number) {
  const meeting = await createMeetingWithMembers(t.db, ["organizer", "note-taker"]);
  const [organizer] = meeting.members;
  for (let number = 1; number <= count; number += 1) {
    if (number > 1) await reopenMeeting({ db: t.db, meetingId: meeting.id, userId: organizer.id });
    const captured = await captureStoredMinutes({ db: t.db, meetingId: meeting.id });
    await lockMeeting({ db: t.db, meetingId: meeting.id, userId: organizer.id, captured });
  }
  return { meetingId: meeting.id, organizer, noteTaker: meeting.members[1] };
}

describe("publishVersion", () => {
  it("gives each publication a fresh base64url token of 192 random bits", async () => {
    const { meetingId, organizer } = await meetingWithVersions(1);
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const publication = await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1 });
      expect(publication.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(Buffer.from(publication.token, "base64url")).toHaveLength(24);
      expect(publication).toMatchObject({ versionNumber: 1, indexable: false, path: `/r/${publication.token}`, revokedAt: null });
      tokens.add(publication.token);
    }
    expect(tokens.size).toBe(5);
  });

  it("refuses an unknown number, another meeting's version and a non-organizer, publishing nothing", async () => {
    const { meetingId, organizer, noteTaker } = await meetingWithVersions(1);
    await meetingWithVersions(3);
    const before = await t.db.publication.count();
    const unknown = await refusal(publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 3 }));
    expect(unknown.code).toBe("invalid_input");
    expect(unknown.details).toEqual({ versionNumber: "error.version.unknown" });
    expect((await refusal(publishVersion({ db: t.db, meetingId, userId: noteTaker.id, versionNumber: 1 }))).code).toBe("forbidden");
    expect(await t.db.publication.count()).toBe(before);
  });
});

describe("getPublicPage", () => {
  it("shows a live link's version with the meeting as it was at the lock", async () => {
    const { meetingId, organizer } = await meetingWithVersions(1);
    const { token } = await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, indexable: true });
    await t.db.meeting.update({ where: { id: meetingId }, data: { title: "عنوان بعدی" } });
    const page = await getPublicPage({ db: t.db, token });
    expect(page).toMatchObject({ token, indexable: true, supersededBy: null, version: { number: 1 } });
    expect(page.meeting.title).toBe("جلسهٔ آزمایشی Test meeting");
    expect(page.version.reading.sections.map((section) => section.kind)).toContain("qa");
  });

  it("names the newest live publication of a newer version, and none once that is revoked", async () => {
    const { meetingId, organizer } = await meetingWithVersions(3);
    const publish = (versionNumber: number) => publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber });
    const v1 = await publish(1);
    const v2 = await publish(2);
    const v3 = await publish(3);
    expect((await getPublicPage({ db: t.db, token: v1.token })).supersededBy).toEqual({
      token: v3.token,
      path: `/r/${v3.token}`,
      versionNumber: 3,
    });
    await revokePublication({ db: t.db, meetingId, userId: organizer.id, publicationId: v3.id });
    expect((await getPublicPage({ db: t.db, token: v1.token })).supersededBy?.versionNumber).toBe(2);
    expect((await getPublicPage({ db: t.db, token: v2.token })).supersededBy).toBeNull();
    expect((await refusal(getPublicPage({ db: t.db, token: v3.token }))).code).toBe("not_found");
    const listed = await listVersions({ db: t.db, userId: organizer.id, meetingId });
    expect(listed.currentPublication?.id).toBe(v2.id);
    expect(listed.versions.map((version) => [version.number, version.isCurrentPublication, version.publications.length])).toEqual([
      [3, false, 0],
      [2, true, 1],
      [1, false, 1],
    ]);
  });

  it("answers not_found for an unknown or malformed token", async () => {
    expect((await refusal(getPublicPage({ db: t.db, token: "A".repeat(32) }))).code).toBe("not_found");
    expect((await refusal(getPublicPage({ db: t.db, token: "../../etc" }))).code).toBe("not_found");
  });
});

describe("revokePublication", () => {
  it("refuses another meeting's publication and a non-organizer; revoking twice keeps the first date", async () => {
    const first = await meetingWithVersions(1);
    const second = await meetingWithVersions(1);
    const publication = await publishVersion({ db: t.db, meetingId: first.meetingId, userId: first.organizer.id, versionNumber: 1 });
    const elsewhere = await refusal(
      revokePublication({ db: t.db, meetingId: second.meetingId, userId: second.organizer.id, publicationId: publication.id }),
    );
    expect(elsewhere.code).toBe("not_found");
    const notOrganizer = revokePublication({
      db: t.db,
      meetingId: first.meetingId,
      userId: first.noteTaker.id,
      publicationId: publication.id,
    });
    expect((await refusal(notOrganizer)).code).toBe("forbidden");
    expect((await t.db.publication.findUniqueOrThrow({ where: { id: publication.id } })).revokedAt).toBeNull();
    const revoke = (now: Date) =>
      revokePublication({ db: t.db, meetingId: first.meetingId, userId: first.organizer.id, publicationId: publication.id, now });
    const at = new Date("2026-02-01T00:00:00Z");
    expect((await revoke(at)).revokedAt).toEqual(at);
    expect((await revoke(new Date("2026-03-01T00:00:00Z"))).revokedAt).toEqual(at);
  });
});
