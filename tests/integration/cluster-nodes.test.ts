// Two Kateb nodes on one PostgreSQL, joined through Redis (issue #18): the
// whole process (Next.js + collaboration) and the standalone collaboration
// server, each with a stock y-websocket client of the same meeting. What one
// client types reaches the other through the other node; presence crosses too;
// a token opens one connection on either node, not one on each; and the app's
// events raised on the first node (a member removed, the minutes locked) reach
// the second node's connections.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { apiClient } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { storedDoc } from "../helpers/collab-inspect";
import { startCollabProcess, killAllCollabProcesses, type CollabProcess } from "../helpers/collab-process";
import { tokenFor } from "../helpers/collab-server";
import { appendParagraph } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { createTestSchema, type TestSchema } from "../helpers/postgres-schema";
import { rawSocket, refusalStatus } from "../helpers/raw-client";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients, type StockClient } from "../helpers/stock-client";
import { TEST_REDIS_URL } from "../helpers/test-redis";

const SECRET = "cluster-test-secret-long-enough-0123456789";

let schema: TestSchema;
let app: RunningApp;
let collab: CollabProcess;
let collabDataDir: string;
let meetingId: string;
let docName: string;
const userIds = new Map<string, string>();

const text = (client: StockClient): string => client.doc.getXmlFragment(MINUTES_FRAGMENT).toString();
const userId = (email: string): string => userIds.get(email) ?? "";
/** A stock client of the meeting's minutes on `url` (ws://…/collab), as `email`. */
async function open(url: string, email: string): Promise<StockClient> {
  const client = connectStock(url, docName, () => tokenFor(userId(email), docName, 300, SECRET));
  await client.synced;
  return client;
}

beforeAll(async () => {
  schema = await createTestSchema();
  const cluster = { DATABASE_URL: schema.url, REDIS_URL: TEST_REDIS_URL, KATEB_SECRET: SECRET };
  // One after the other: the first applies the migrations and seeds the demo.
  app = await startApp(cluster);
  collabDataDir = mkdtempSync(path.join(tmpdir(), "kateb-node-"));
  collab = await startCollabProcess(collabDataDir, SECRET, cluster);
  meetingId = /Seeded the demo users and the sample meeting \(([^)]+)\)/.exec(app.output())?.[1] ?? "";
  docName = meetingDocName(meetingId);
  for (const user of await app.db.user.findMany({ select: { id: true, email: true } })) userIds.set(user.email, user.id);
}, 120_000);

afterAll(async () => {
  destroyAllStockClients();
  await killAllCollabProcesses();
  await app.stop();
  rmSync(collabDataDir, { recursive: true, force: true });
  await schema.drop();
});

const appSocket = (): string => `${app.url.replace("http", "ws")}/collab`;

describe("two nodes joined through Redis", { timeout: 60_000 }, () => {
  it("pass each other's edits and presence, and both are stored once", async () => {
    const onApp = await open(appSocket(), "notetaker1@kateb.local");
    const onCollab = await open(collab.url, "notetaker2@kateb.local");
    appendParagraph(onApp.doc, "گزارش از گره نخست: بیمهٔ تکمیلی");
    appendParagraph(onCollab.doc, "گزارش از گره دوم: می‌نویسد");
    await eventually(() => {
      expect(text(onCollab)).toContain("گزارش از گره نخست: بیمهٔ تکمیلی");
      expect(text(onApp)).toContain("گزارش از گره دوم: می‌نویسد");
    }, 10_000);
    expect(text(onApp)).toBe(text(onCollab));
    const stored = (await storedDoc(app.db, docName)).getXmlFragment(MINUTES_FRAGMENT).toString();
    expect(stored).toBe(text(onApp));
    expect(stored.split("گزارش از گره نخست").length).toBe(2);

    onApp.provider.awareness.setLocalStateField("user", { name: "علی رضایی" });
    await eventually(() => expect(onCollab.provider.awareness.getStates().has(onApp.doc.clientID)).toBe(true), 10_000);
    destroyAllStockClients();
  });

  it("opens one connection per token across the nodes", async () => {
    const token = tokenFor(userId("notetaker1@kateb.local"), docName, 300, SECRET);
    const first = connectStock(appSocket(), docName, token);
    await first.synced;
    expect(await refusalStatus(rawSocket(collab.url, docName, token))).toBe(401);
    destroyAllStockClients();
  });

  it("closes a removed member's connection on the other node", async () => {
    const reviewerOnCollab = await open(collab.url, "reviewer@kateb.local");
    const organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
    const removed = await organizer("DELETE", `/api/meetings/${meetingId}/members/${userId("reviewer@kateb.local")}`);
    expect(removed.status).toBeLessThan(300);
    expect((await reviewerOnCollab.closed).code).toBe(CloseCode.accessRevoked);
  });

  it("locks through one node while a note-taker types on the other: the version holds every edit stored, the rest is refused", async () => {
    const typist = await open(collab.url, "notetaker2@kateb.local");
    const organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
    // Types a line each turn of the event loop's timers until the lock refuses it.
    let typed = 0;
    const typing = setInterval(() => appendParagraph(typist.doc, `سطر ${++typed} از گره دوم`), 5);
    try {
      await eventually(() => expect(typed).toBeGreaterThan(20));
      const locked = await organizer("POST", `/api/meetings/${meetingId}/lock`, { note: "" });
      expect(locked.status).toBe(201);
      expect((await typist.closed).code).toBe(CloseCode.locked);
    } finally {
      clearInterval(typing);
    }
    const version = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId }, orderBy: { number: "desc" } });
    const inVersion = new Y.Doc();
    Y.applyUpdate(inVersion, version.yjsState);
    const stored = (await storedDoc(app.db, docName)).getXmlFragment(MINUTES_FRAGMENT).toString();
    expect(stored).toContain("سطر 1 از گره دوم");
    expect(inVersion.getXmlFragment(MINUTES_FRAGMENT).toString()).toBe(stored);
    expect(stored).not.toContain(`سطر ${typed} از گره دوم<`);
  });
});
