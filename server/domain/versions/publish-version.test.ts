// Publishing, revoking and reading the public page against a real database.
import { describe, expect, it } from "vitest";
import { refusal } from "@/tests/helpers/refusal";
import { createMeetingWithMembers } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { getPublicPage } from "./get-public-page";
import { listLivePublications } from "./list-live-publications";
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
  it("gives a version one live link, of 192 random bits in base64url: publishing again answers it; after a revoke, a fresh one", async () => {
    const { meetingId, organizer } = await meetingWithVersions(1);
    const publish = () => publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1 });
    const first = await publish();
    expect(first.created).toBe(true);
    const { publication } = first;
    expect(publication.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(publication.token, "base64url")).toHaveLength(24);
    expect(publication).toMatchObject({ versionNumber: 1, indexable: false, path: `/r/${publication.token}`, revokedAt: null });
    expect(await publish()).toEqual({ publication, created: false });
    expect(await Promise.all([publish(), publish(), publish()])).toEqual(Array(3).fill({ publication, created: false }));
    await revokePublication({ db: t.db, meetingId, userId: organizer.id, publicationId: publication.id });
    const fresh = await publish();
    expect(fresh.created).toBe(true);
    expect(fresh.publication.token).not.toBe(publication.token);
    expect(await t.db.publication.count({ where: { meetingId, revokedAt: null } })).toBe(1);
  });

  it("answers the newest of several live links a version already had (made before there was one per version)", async () => {
    const { meetingId, organizer } = await meetingWithVersions(1);
    const { id: versionId } = await t.db.minutesVersion.findFirstOrThrow({ where: { meetingId } });
    const older = { meetingId, versionId, publishedById: organizer.id, publishedAt: new Date("2026-01-01T00:00:00Z") };
    await t.db.publication.create({ data: { ...older, token: "legacyLinkNumberOne0000000000000" } });
    await t.db.publication.create({ data: { ...older, token: "legacyLinkNumberTwo0000000000000", publishedAt: new Date("2026-01-02T00:00:00Z") } });
    const answered = await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1 });
    expect(answered).toMatchObject({ created: false, publication: { token: "legacyLinkNumberTwo0000000000000" } });
    expect(await t.db.publication.count({ where: { meetingId } })).toBe(2);
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
    const { token } = (await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber: 1, indexable: true })).publication;
    await t.db.meeting.update({ where: { id: meetingId }, data: { title: "عنوان بعدی" } });
    const page = await getPublicPage({ db: t.db, token });
    expect(page).toMatchObject({ token, indexable: true, supersededBy: null, version: { number: 1 } });
    expect(page.meeting.title).toBe("جلسهٔ آزمایشی Test meeting");
    expect(page.version.reading.sections.map((section) => section.kind)).toContain("qa");
  });

  it("names the newest live publication of a newer version, and none once that is revoked", async () => {
    const { meetingId, organizer } = await meetingWithVersions(3);
    const publish = async (versionNumber: number) =>
      (await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber })).publication;
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
    const { publication } = await publishVersion({ db: t.db, meetingId: first.meetingId, userId: first.organizer.id, versionNumber: 1 });
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

describe("listLivePublications", () => {
  it("lists the meeting's live links to its organizer, newest first, and refuses everyone else", async () => {
    const { meetingId, organizer, noteTaker } = await meetingWithVersions(2);
    const other = await meetingWithVersions(1);
    await publishVersion({ db: t.db, meetingId: other.meetingId, userId: other.organizer.id, versionNumber: 1 });
    const publish = async (versionNumber: number, now: string) => {
      const { publication } = await publishVersion({ db: t.db, meetingId, userId: organizer.id, versionNumber });
      await t.db.publication.update({ where: { id: publication.id }, data: { publishedAt: new Date(now) } });
      return publication;
    };
    const v1 = await publish(1, "2026-01-01T00:00:00Z");
    const v2 = await publish(2, "2026-01-02T00:00:00Z");
    const list = () => listLivePublications({ db: t.db, meetingId, userId: organizer.id });
    expect((await list()).map((publication) => [publication.id, publication.versionNumber, publication.publishedBy.name])).toEqual([
      [v2.id, 2, organizer.name],
      [v1.id, 1, organizer.name],
    ]);
    await revokePublication({ db: t.db, meetingId, userId: organizer.id, publicationId: v2.id });
    expect((await list()).map((publication) => publication.id)).toEqual([v1.id]);
    expect((await refusal(listLivePublications({ db: t.db, meetingId, userId: noteTaker.id }))).code).toBe("forbidden");
    expect((await refusal(listLivePublications({ db: t.db, meetingId, userId: other.organizer.id }))).code).toBe("not_found");
  });
});
