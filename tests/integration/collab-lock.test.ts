// Locking while note-takers type, through the real Kateb process: every word
// typed is either in the version or was refused visibly (closed with 4409),
// nothing is accepted after the lock, and reopening lets editing resume into
// the next version.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, meetingDocName } from "@/lib/collab-protocol";
import { canonicalJson } from "@/lib/canonical-json";
import { apiClient, type Api } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients, docReaches, type StockClient } from "../helpers/stock-client";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import { lastSection } from "../helpers/comment-anchors";

let app: RunningApp;
let organizer: Api;
let collabUrl: string;
let meetingId: string;
const cookies = new Map<string, string>();

beforeAll(async () => {
  app = await startApp();
  organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
  collabUrl = `${app.url.replace("http", "ws")}/collab`;
  const { series } = (await organizer("GET", "/api/series")).body as { series: Array<{ id: string }> };
  const created = await organizer("POST", "/api/meetings", {
    seriesId: series[0]?.id,
    title: "جلسهٔ قفل",
    startsAt: { year: 1405, month: 9, day: 8, hour: 17, minute: 0 },
    agenda: ["دستور نخست"],
  });
  meetingId = (created.body as { id: string }).id;
  for (const email of ["notetaker1@kateb.local", "notetaker2@kateb.local"]) {
    await organizer("POST", `/api/meetings/${meetingId}/members`, { email, role: "note-taker" });
    cookies.set(email, await signIn(app.url, email));
  }
  await organizer("POST", `/api/meetings/${meetingId}/members`, { email: "reviewer@kateb.local", role: "reviewer" });
  cookies.set("reviewer@kateb.local", await signIn(app.url, "reviewer@kateb.local"));
});
afterEach(() => destroyAllStockClients());
afterAll(async () => app.stop());

async function connectAs(email: string): Promise<StockClient> {
  const cookie = cookies.get(email) ?? "";
  const ticket = await apiClient(app.url, cookie)("POST", "/api/collab-token", { meetingId });
  const client = connectStock(collabUrl, meetingDocName(meetingId), (ticket.body as { token: string }).token);
  await client.synced;
  return client;
}

/** A typist appends numbered words to its own paragraph until told to stop. */
function typist(client: StockClient, name: string): { typed: string[]; stop: () => void } {
  const body = lastSection(client.doc);
  if (!body) throw new Error("the minutes have no section");
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  body.insert(body.length, [paragraph]);
  const typed: string[] = [];
  const timer = setInterval(() => {
    const word = `${name}${typed.length} `;
    typed.push(word.trim());
    text.insert(text.length, word);
  }, 4);
  return { typed, stop: () => clearInterval(timer) };
}

function wordsOf(json: unknown): Set<string> {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === "string") text.split(/\s+/).filter(Boolean).forEach((word) => words.add(word));
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(json);
  return words;
}

describe("locking while note-takers type", () => {
  it("puts every word either in v1 or refuses it with 4409, accepts nothing after, and resumes into v2 after reopening", async () => {
    const one = await connectAs("notetaker1@kateb.local");
    const two = await connectAs("notetaker2@kateb.local");
    const a = typist(one, "alef");
    const b = typist(two, "beh");
    await docReaches(one.doc, (doc) => wordsOf(minutesJson(doc)).has("beh20"), 10_000);

    const locked = await organizer("POST", `/api/meetings/${meetingId}/lock`, { note: "نسخهٔ نخست" });
    expect(locked.status, JSON.stringify(locked.body)).toBe(201);
    expect((locked.body as { number: number }).number).toBe(1);
    // Both keep typing until the server refuses them.
    const [closeA, closeB] = await Promise.all([one.closed, two.closed]);
    a.stop();
    b.stop();
    expect(closeA.code).toBe(CloseCode.locked);
    expect(closeB.code).toBe(CloseCode.locked);

    const v1 = (await organizer("GET", `/api/meetings/${meetingId}/versions/1`)).body as { content: unknown };
    const inVersion = wordsOf(v1.content);
    for (const word of [...a.typed, ...b.typed]) {
      // Typed and not in v1: only possible because that typist was refused.
      if (!inVersion.has(word)) expect([closeA.code, closeB.code]).toContain(CloseCode.locked);
    }
    expect(a.typed.filter((word) => inVersion.has(word)).length).toBeGreaterThan(20);
    // In v1, a typist's words are a prefix of what it typed: none skipped, none after a refused one.
    for (const typed of [a.typed, b.typed]) {
      const kept = typed.filter((word) => inVersion.has(word));
      expect(kept).toEqual(typed.slice(0, kept.length));
    }

    // Nothing was accepted after the lock: a fresh reader sees exactly v1.
    const reader = await connectAs("reviewer@kateb.local");
    expect(canonicalJson(minutesJson(reader.doc))).toBe(canonicalJson(v1.content));

    // Reopened: a note-taker writes again, and the next lock makes v2 with it.
    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`)).status).toBe(200);
    const again = await connectAs("notetaker1@kateb.local");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    lastSection(again.doc)?.insert(1, [paragraph]);
    text.insert(0, "بازنگری revision");
    await docReaches(reader.doc, (doc) => wordsOf(minutesJson(doc)).has("بازنگری"), 5_000);
    const v2 = await organizer("POST", `/api/meetings/${meetingId}/lock`, {});
    expect((v2.body as { number: number }).number).toBe(2);
    const v2Content = (await organizer("GET", `/api/meetings/${meetingId}/versions/2`)).body as { content: unknown };
    expect(wordsOf(v2Content.content).has("بازنگری")).toBe(true);
    expect(wordsOf(v2Content.content).has("alef0")).toBe(true);
  });

  it("refuses a lock by a note-taker without freezing anyone's typing", async () => {
    const noteTaker = apiClient(app.url, cookies.get("notetaker2@kateb.local"));
    const reopened = await organizer("POST", `/api/meetings/${meetingId}/reopen`);
    expect(reopened.status).toBe(200);
    const writer = await connectAs("notetaker1@kateb.local");
    const typing = typist(writer, "jim");
    await docReaches(writer.doc, (doc) => wordsOf(minutesJson(doc)).has("jim5"), 5_000);
    const refused = await noteTaker("POST", `/api/meetings/${meetingId}/lock`, {});
    expect(refused.status).toBe(403);
    const reader = await connectAs("reviewer@kateb.local");
    const target = `jim${typing.typed.length + 5}`;
    // Words typed after the refused lock still reach others: nothing was frozen.
    await docReaches(reader.doc, (doc) => wordsOf(minutesJson(doc)).has(target), 5_000);
    typing.stop();
    expect(writer.finalClose).toBeNull();
  });
});
