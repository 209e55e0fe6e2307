// Connections arriving together are admitted with one membership query per
// turn of the event loop (server/collab/protocol/access-batcher.ts): each
// still gets exactly its own access, and the ones that have none are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { AccessBatcher } from "@/server/collab/protocol/access-batcher";
import { startCollab, tokenFor, type RunningCollab } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { closeAllRawSockets, rawSocket, upgradeAnswer } from "../helpers/raw-client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let server: RunningCollab;

beforeAll(async () => {
  t = await createTestDb();
  server = await startCollab(t.db);
});

afterAll(async () => {
  closeAllRawSockets();
  await server.close();
  await t.cleanup();
});

describe("admissions arriving together", () => {
  it("each connection gets its own role; a non-member, a deactivated account and another meeting's member are refused", async () => {
    const writers = await Promise.all(Array.from({ length: 12 }, () => createUser(t.db)));
    const readers = await Promise.all(Array.from({ length: 12 }, () => createUser(t.db)));
    const [outsider, deactivated, elsewhere] = await Promise.all([createUser(t.db), createUser(t.db), createUser(t.db)]);
    const meeting = await createMeeting(t.db, [
      ...writers.map((user) => ({ userId: user.id, role: "note-taker" as const })),
      ...readers.map((user) => ({ userId: user.id, role: "viewer" as const })),
      { userId: deactivated.id, role: "note-taker" },
    ]);
    await createMeeting(t.db, [{ userId: elsewhere.id, role: "organizer" }]);
    await t.db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });

    const everyone = [...writers, ...readers, outsider, deactivated, elsewhere];
    const sockets = everyone.map((user) => rawSocket(server.url, meeting.docName, tokenFor(user.id, meeting.docName)));
    const answers = await Promise.all(sockets.map(upgradeAnswer));
    expect(answers).toEqual([...writers.map(() => 101), ...readers.map(() => 101), 404, 404, 404]);

    const canEdit = (userId: string): boolean[] => server.collab.connectionsOf(meeting.docName, userId).map((c) => c.identity.canEdit);
    for (const writer of writers) expect(canEdit(writer.id)).toEqual([true]);
    for (const reader of readers) expect(canEdit(reader.id)).toEqual([false]);
  });

  it("answers lookups asked in one turn from one query, each with its own access, in order", async () => {
    const [noteTaker, viewer, outsider] = await Promise.all([createUser(t.db), createUser(t.db), createUser(t.db)]);
    const meeting = await createMeeting(t.db, [
      { userId: noteTaker.id, role: "note-taker" },
      { userId: viewer.id, role: "viewer" },
    ]);
    let queries = 0;
    const counted = t.db.$extends({
      query: {
        membership: {
          findMany: ({ args, query }) => {
            queries += 1;
            return query(args);
          },
        },
      },
    });
    const batcher = new AccessBatcher(counted as unknown as typeof t.db);
    const asked = [noteTaker, viewer, outsider, noteTaker].map((user) => batcher.lookup(user.id, meeting.docName));
    asked.push(batcher.lookup(noteTaker.id, "not-a-meeting"), batcher.lookup(viewer.id, meetingDocName("no-such-meeting")));
    const roles = (await Promise.all(asked)).map((access) => access?.role ?? null);
    expect(roles).toEqual(["note-taker", "viewer", null, "note-taker", null, null]);
    expect(queries).toBe(1);
  });
});
