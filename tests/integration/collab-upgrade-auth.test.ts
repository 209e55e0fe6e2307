// The upgrade is where a connection is admitted: a bad or missing token is
// refused with 401, a user outside the meeting with 404, and in both cases no
// document is loaded.
import { beforeAll, describe, expect, it } from "vitest";
import { signCollabToken } from "@/server/auth/collab-token";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor, TEST_SECRET } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { opened, rawSocket, refusalStatus } from "../helpers/raw-client";

const t = collabOnPort0();
let member: { id: string };
let meeting: { id: string; docName: string };
let otherMeeting: { id: string; docName: string };

beforeAll(async () => {
  member = await createUser(t.db);
  meeting = await createMeeting(t.db, [{ userId: member.id, role: "note-taker" }]);
  otherMeeting = await createMeeting(t.db, [{ userId: member.id, role: "note-taker" }]);
});

const now = (): number => Math.floor(Date.now() / 1000);

describe("the collaboration upgrade", () => {
  it.each([
    ["no token", (): string | null => null],
    ["an empty token", (): string | null => ""],
    ["a token with a bad signature", (): string | null => `${tokenFor(member.id, meeting.docName).split(".")[0]}.AAAA`],
    ["a token signed with another secret", (): string | null => tokenFor(member.id, meeting.docName, 300, "another-secret-that-is-long-enough-987654")],
    ["a token signed for another document", (): string | null => tokenFor(member.id, otherMeeting.docName)],
    [
      "an expired token",
      (): string | null => signCollabToken(TEST_SECRET, { userId: member.id, docName: meeting.docName, expiresAt: now() - 1 }),
    ],
  ])("refuses %s with 401 and loads no document", async (_case, token) => {
    const status = await refusalStatus(rawSocket(t.url, meeting.docName, token()));
    expect(status).toBe(401);
    expect(t.collab.registry.size).toBe(0);
    expect(t.collab.connectionCount).toBe(0);
  });

  it("refuses a valid token of a user who is not a member of the meeting with 404 and loads no document", async () => {
    const outsider = await createUser(t.db);
    const status = await refusalStatus(rawSocket(t.url, meeting.docName, tokenFor(outsider.id, meeting.docName)));
    expect(status).toBe(404);
    expect(t.collab.registry.size).toBe(0);
  });

  it("refuses a valid token for a document that is not a meeting's with 404", async () => {
    const status = await refusalStatus(rawSocket(t.url, "elsewhere", tokenFor(member.id, "elsewhere")));
    expect(status).toBe(404);
    expect(t.collab.registry.size).toBe(0);
  });

  it("admits a member with a valid token, and loads the document", async () => {
    await opened(rawSocket(t.url, meeting.docName, tokenFor(member.id, meeting.docName)));
    expect(t.collab.registry.size).toBe(1);
    expect(t.collab.connectionCount).toBe(1);
  });
});
