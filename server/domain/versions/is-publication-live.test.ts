// Which links the proxy lets through to the public page: only a published,
// unrevoked token; everything else gets the plain 404 page.
import { describe, expect, it } from "vitest";
import { createMeetingWithMembers } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { isPublicationLive } from "./is-publication-live";
import { lockMeeting } from "../minutes/lock-meeting";
import { publishVersion } from "./publish-version";
import { revokePublication } from "./revoke-publication";

const t = testDbForFile();

describe("isPublicationLive", () => {
  it("is true for a published link, false once it is revoked", async () => {
    const meeting = await createMeetingWithMembers(t.db, ["organizer"]);
    const [organizer] = meeting.members;
    const captured = await captureStoredMinutes({ db: t.db, meetingId: meeting.id });
    await lockMeeting({ db: t.db, meetingId: meeting.id, userId: organizer.id, captured });
    const { publication } = await publishVersion({ db: t.db, meetingId: meeting.id, userId: organizer.id, versionNumber: 1 });
    expect(await isPublicationLive({ db: t.db, token: publication.token })).toBe(true);
    await revokePublication({ db: t.db, meetingId: meeting.id, userId: organizer.id, publicationId: publication.id });
    expect(await isPublicationLive({ db: t.db, token: publication.token })).toBe(false);
  });

  it("is false for an unknown or malformed token, which is not looked up", async () => {
    expect(await isPublicationLive({ db: t.db, token: "A".repeat(32) })).toBe(false);
    for (const token of ["", "short", "../../etc", "not a token at all, no", "A".repeat(129)]) {
      expect(await isPublicationLive({ db: t.db, token })).toBe(false);
    }
  });
});
