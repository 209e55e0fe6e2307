// Issue 14, finding 1, through the real Kateb process: a note-taker changes an
// earlier meeting's follow-up in the carry-over section of the live minutes;
// the server records who sent each update and refuses an update written under
// another person's client id; the organizer sees the change at the lock with
// who typed it, and the tracker changes only when the organizer accepts it
// (its history then says "proposed by X in the minutes, accepted by Y").
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { apiClient, type Api } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients, docReaches, type StockClient } from "../helpers/stock-client";

let app: RunningApp;
let organizer: Api;
let meetingId: string;
let seriesId: string;
const members = new Map<string, { api: Api; id: string; name: string }>();

interface Change {
  key: string;
  itemId: string;
  field: string;
  from: string;
  to: string;
  proposedBy: { id: string; name: string } | null;
}

beforeAll(async () => {
  app = await startApp();
  organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
  const { series } = (await organizer("GET", "/api/series")).body as { series: Array<{ id: string }> };
  seriesId = series[0]?.id ?? "";
  const created = await organizer("POST", "/api/meetings", {
    seriesId,
    title: "جلسهٔ پیگیری‌ها",
    startsAt: { year: 1405, month: 9, day: 20, hour: 17, minute: 0 },
    agenda: ["دستور نخست"],
  });
  meetingId = (created.body as { id: string }).id;
  for (const [email, role] of [
    ["notetaker1@kateb.local", "note-taker"],
    ["notetaker2@kateb.local", "note-taker"],
    ["reviewer@kateb.local", "reviewer"],
  ] as const) {
    await organizer("POST", `/api/meetings/${meetingId}/members`, { email, role });
    const user = await app.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
    members.set(email, { api: apiClient(app.url, await signIn(app.url, email)), ...user });
  }
});
afterEach(() => destroyAllStockClients());
afterAll(async () => app.stop());

function member(email: string): { api: Api; id: string; name: string } {
  const found = members.get(email);
  if (!found) throw new Error(`${email} is not signed in`);
  return found;
}

async function connectAs(email: string): Promise<StockClient> {
  const ticket = await member(email).api("POST", "/api/collab-token", { meetingId });
  const client = connectStock(`${app.url.replace("http", "ws")}/collab`, meetingDocName(meetingId), (ticket.body as { token: string }).token);
  await client.synced;
  return client;
}

/** The follow-up blocks of the carry-over section. */
function carried(doc: Y.Doc): Y.XmlElement[] {
  const section = doc
    .getXmlFragment(MINUTES_FRAGMENT)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute("kind") === "carryOver");
  if (!section) return [];
  return section.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "followUp");
}

const statusOf = (block: Y.XmlElement | undefined): unknown => block?.getAttribute("status");

describe("changes to earlier meetings' follow-ups typed in the minutes", () => {
  it("are recorded with who typed them, proposed at the lock, and applied only when the organizer accepts them", async () => {
    const first = await connectAs("notetaker1@kateb.local");
    const second = await connectAs("notetaker2@kateb.local");
    // Prepared with the tracker's own status: the minutes offer the same list.
    const index = carried(first.doc).findIndex((block) => statusOf(block) === "routed" || statusOf(block) === "acknowledged");
    const block = carried(first.doc)[index];
    if (!block) throw new Error("the new meeting's minutes carry no open follow-up");
    const itemId = String(block.getAttribute("id"));
    const before = (await organizer("GET", `/api/tracker/${itemId}`)).body as { status: string };
    expect(before.status).toBe(statusOf(block));

    // The first note-taker marks it answered; the other sees it, so it is stored.
    block.setAttribute("status", "answered");
    await docReaches(second.doc, (doc) => statusOf(carried(doc)[index]) === "answered");

    // The second writes under the first's client id, to pass a change off as
    // theirs: refused whole, the connection closed, nobody else sees it.
    const ownClientId = second.doc.clientID;
    second.doc.clientID = first.doc.clientID;
    carried(second.doc)[index]?.setAttribute("status", "in_progress");
    expect((await second.closed).code).toBe(CloseCode.malformedMessage);
    // (Its presence is kept under its own id: destroying it looks it up there.)
    second.doc.clientID = ownClientId;
    const third = await connectAs("notetaker2@kateb.local");
    expect(statusOf(carried(third.doc)[index])).toBe("answered");

    // Every stored update names who sent it, and the client id is the first's.
    const notetaker1 = member("notetaker1@kateb.local");
    const docName = meetingDocName(meetingId);
    const journal = await app.db.collabUpdateJournal.findMany({ where: { docName }, select: { authorId: true } });
    const filed = await app.db.collabUpdate.findMany({ where: { docName }, select: { authorId: true } });
    expect([...journal, ...filed].map((row) => row.authorId)).toContain(notetaker1.id);
    const claim = await app.db.collabAuthor.findUnique({ where: { docName_clientId: { docName, clientId: BigInt(first.doc.clientID) } } });
    expect(claim?.userId).toBe(notetaker1.id);

    // Only the organizer may see what the minutes propose.
    expect((await member("notetaker1@kateb.local").api("GET", `/api/meetings/${meetingId}/lock`)).status).toBe(403);
    expect((await member("reviewer@kateb.local").api("GET", `/api/meetings/${meetingId}/lock`)).status).toBe(403);
    const outsider = apiClient(app.url, await signIn(app.url, "viewer@kateb.local"));
    expect((await outsider("GET", `/api/meetings/${meetingId}/lock`)).status).toBe(404);
    const listed = (await organizer("GET", `/api/meetings/${meetingId}/lock`)).body as { changes: Change[] };
    expect(listed.changes).toEqual([
      expect.objectContaining({ itemId, field: "status", from: before.status, to: "answered", proposedBy: { id: notetaker1.id, name: notetaker1.name } }),
    ]);
    const key = listed.changes[0]?.key ?? "";

    // Locked without accepting it: the tracker is as it was.
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, { note: "", accept: [] })).status).toBe(201);
    expect(((await organizer("GET", `/api/tracker/${itemId}`)).body as { status: string }).status).toBe(before.status);

    // Reopened and locked again, accepting it: applied, with who proposed and who accepted.
    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`)).status).toBe(200);
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, { accept: [key] })).status).toBe(201);
    const after = (await organizer("GET", `/api/tracker/${itemId}`)).body as {
      status: string;
      history: Array<{ field: string; to: string; by: { name: string } | null; proposedBy: { name: string } | null }>;
    };
    expect(after.status).toBe("answered");
    expect(after.history.at(-1)).toMatchObject({ field: "status", to: "answered", proposedBy: { name: notetaker1.name } });
    const organizerName = (await app.db.user.findUniqueOrThrow({ where: { email: "organizer@kateb.local" } })).name;
    expect(after.history.at(-1)?.by?.name).toBe(organizerName);
  });

  it("refuses an update under a client id the minutes hold content of that nobody claimed (the prepared carry-over's)", async () => {
    // Open again after the lock above, so that a change is refused for whose it is, not for the lock.
    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`)).status).toBe(200);
    const forger = await connectAs("notetaker2@kateb.local");
    const honest = await connectAs("notetaker1@kateb.local");
    const block = carried(forger.doc).at(-1);
    const prepared = block?._map.get("responsibleBody")?.id.client;
    if (!block || prepared === undefined) throw new Error("the carry-over holds no prepared follow-up");
    const ownClientId = forger.doc.clientID;
    forger.doc.clientID = prepared;
    block.setAttribute("responsibleBody", "نهادی ساختگی");
    expect((await forger.closed).code).toBe(CloseCode.malformedMessage);
    forger.doc.clientID = ownClientId;
    // Nothing of it was kept: a new connection reads the body as prepared.
    const fresh = await connectAs("notetaker1@kateb.local");
    expect(carried(fresh.doc).at(-1)?.getAttribute("responsibleBody")).not.toBe("نهادی ساختگی");
    expect(carried(honest.doc).at(-1)?.getAttribute("responsibleBody")).not.toBe("نهادی ساختگی");
  });

  it("refuses a lock request that names something other than a proposed change's key", async () => {
    const answer = await organizer("POST", `/api/meetings/${meetingId}/lock`, { accept: ["not a key"] });
    expect(answer.status).toBe(422);
  });
});
