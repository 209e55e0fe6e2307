// Where carried follow-ups came from: kept with the version at its lock (so a
// renamed meeting does not change a published record), read afresh for a
// version locked before it was kept, in the version view and the public page.
import { describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes } from "@/tests/helpers/tracker-minutes";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { getPublicPage } from "../versions/get-public-page";
import { getVersion } from "../versions/get-version";
import { publishVersion } from "../versions/publish-version";
import { storeInitialMinutes } from "../minutes/store-initial-minutes";

const t = testDbForFile();

describe("the origins of carried follow-ups", () => {
  it("are kept with the version at its lock, and read afresh for a version that has none kept", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const members = [{ userId: organizerId, role: "organizer" as const }];
    const first = await createSeriesMeeting(t.db, seriesId, members);
    await t.db.meeting.update({ where: { id: first }, data: { title: "نشست مهرماه", startsAt: new Date("2019-10-16T14:30:00Z") } });
    await lockWith(t.db, first, organizerId, trackerMinutes({ followUps: [{ id: "fu-1", text: "گزارش آمار" }, { id: "fu-2", text: "نشست با خیرین" }] }));
    const items = await t.db.trackedItem.findMany({ where: { meetingId: first }, orderBy: { id: "asc" } });

    const second = await createSeriesMeeting(t.db, seriesId, members);
    await storeInitialMinutes({ db: t.db, docName: meetingDocName(second) });
    const { json } = await captureStoredMinutes({ db: t.db, meetingId: second });
    await lockWith(t.db, second, organizerId, json);
    const expected = items.map((item) => ({ itemId: item.id, title: "نشست مهرماه", startsAt: "2019-10-16T14:30:00.000Z" }));
    const version = await getVersion({ db: t.db, userId: organizerId, meetingId: second, versionNumber: 1 });
    expect(version.meeting.carriedFrom).toEqual(expected);

    // Renaming the earlier meeting later changes nothing in the locked record.
    await t.db.meeting.update({ where: { id: first }, data: { title: "نشست مهرماه (ویرایش‌شده)" } });
    expect((await getVersion({ db: t.db, userId: organizerId, meetingId: second, versionNumber: 1 })).meeting.carriedFrom).toEqual(expected);
    const { publication } = await publishVersion({ db: t.db, meetingId: second, userId: organizerId, versionNumber: 1 });
    expect((await getPublicPage({ db: t.db, token: publication.token })).meeting.carriedFrom).toEqual(expected);

    // A version locked before the origins were kept: they are read afresh.
    const stored = await t.db.minutesVersion.findFirstOrThrow({ where: { meetingId: second, number: 1 } });
    const { carriedFrom, ...older } = JSON.parse(stored.meetingDetails) as Record<string, unknown>;
    expect(carriedFrom).toHaveLength(2);
    await t.db.minutesVersion.update({ where: { id: stored.id }, data: { meetingDetails: JSON.stringify(older) } });
    const renamed = expected.map((origin) => ({ ...origin, title: "نشست مهرماه (ویرایش‌شده)" }));
    expect((await getVersion({ db: t.db, userId: organizerId, meetingId: second, versionNumber: 1 })).meeting.carriedFrom).toEqual(renamed);
    expect((await getPublicPage({ db: t.db, token: publication.token })).meeting.carriedFrom).toEqual(renamed);
  });

  it("name no meeting for a meeting whose minutes carry nothing", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: [{ id: "fu-1", text: "اقدام" }] }));
    expect((await getVersion({ db: t.db, userId: organizerId, meetingId, versionNumber: 1 })).meeting.carriedFrom).toEqual([]);
  });
});
