// A collaboration token opens one connection (issue 14, finding 13): one read
// from a URL (a log, a proxy) opens nothing, even before it expires. A second
// upgrade with it is refused with 401 like a forged one, whether the first
// connection is still open or not, and of two at once only one is let in.
import { describe, expect, it } from "vitest";
import { signCollabToken } from "@/server/auth/collab-token";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { TEST_SECRET, tokenFor, tokensFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { closedWith, opened, rawSocket, refusalStatus, upgradeAnswer } from "../helpers/raw-client";
import { connectStock, syncedAgain } from "../helpers/stock-client";

const t = collabOnPort0();

describe("a collaboration token", () => {
  it("opens one connection: a second upgrade with it is refused with 401, while the first is open and after it closed", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const token = tokenFor(members[0].id, docName);
    const first = rawSocket(t.url, docName, token);
    await opened(first);
    expect(await refusalStatus(rawSocket(t.url, docName, token))).toBe(401);
    // The same token with other parameters is the same token.
    expect(await refusalStatus(rawSocket(t.url, docName, token, { ack: "1" }))).toBe(401);
    expect(t.collab.connectionCount).toBe(1);

    const closed = closedWith(first);
    first.close();
    await closed;
    await eventually(() => expect(t.collab.connectionCount).toBe(0));
    expect(await refusalStatus(rawSocket(t.url, docName, token))).toBe(401);
    // A new token of the same user opens the next connection.
    await opened(rawSocket(t.url, docName, tokenFor(members[0].id, docName)));
  });

  it("let in once when two upgrades bring it at the same time", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const token = tokenFor(members[0].id, docName);
    const answers = await Promise.all(Array.from({ length: 4 }, () => upgradeAnswer(rawSocket(t.url, docName, token))));
    expect(answers.sort()).toEqual([101, 401, 401, 401]);
    expect(t.collab.connectionCount).toBe(1);
  });

  it("that has expired is refused with 401, though it was never used", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const expired = signCollabToken(TEST_SECRET, { userId: members[0].id, docName, expiresAt: Math.floor(Date.now() / 1000) - 1 });
    expect(await refusalStatus(rawSocket(t.url, docName, expired))).toBe(401);
    expect(t.collab.registry.peek(docName)).toBeUndefined();
  });

  it("keeps a stock client that reconnects with it out; one given a new token for each connection syncs again", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const keeper = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    const renewer = connectStock(t.url, docName, tokensFor(members[1].id, docName));
    await Promise.all([keeper.synced, renewer.synced]);
    for (const client of [keeper, renewer]) {
      client.provider.disconnect();
      client.provider.connect();
    }
    await syncedAgain(renewer);
    // The keeper's attempts are refused (each a close of a socket that never opened) and it never syncs.
    await eventually(() => expect(keeper.closes).toBeGreaterThanOrEqual(3), 10_000);
    expect(keeper.provider.synced).toBe(false);
    expect(t.collab.connectionsOf(docName, members[0].id)).toEqual([]);
    expect(t.collab.connectionsOf(docName, members[1].id)).toHaveLength(1);
  });
});
