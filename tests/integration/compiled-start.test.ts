// The process `npm start` runs: the compiled server (node dist/server/main.js,
// scripts/build-server.ts), plain JavaScript with no tsx loader, its update
// log's worker loaded from dist/server/ too. Builds the server's bundle when
// it is stale (the global setup builds Next.js's, which the process serves),
// and starts it on port 0 with a fresh SQLite file, as a first start does.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { readStoredDocument, storedState } from "@/server/db/stored-document";
import { buildIfStale } from "@/scripts/build-if-stale";
import { SERVER_OUT_DIR } from "@/scripts/build-stamp";
import { apiClient } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { lastSection } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";
import { ROOT } from "../helpers/test-db";

const BUILD_TIMEOUT_MS = 120_000;
let app: RunningApp;

beforeAll(async () => {
  await buildIfStale(ROOT, { next: false, server: true });
  app = await startApp({}, [path.join(SERVER_OUT_DIR, "main.js")]);
}, BUILD_TIMEOUT_MS);
afterEach(() => destroyAllStockClients());
afterAll(async () => app?.stop());

/** The sample meeting's minutes as stored (snapshot, log and journal), as XML. */
async function storedMinutes(meetingId: string): Promise<string> {
  const stored = await readStoredDocument(app.db, meetingDocName(meetingId));
  if (!stored) return "";
  const doc = new Y.Doc();
  Y.applyUpdate(doc, storedState(stored));
  const xml = doc.getXmlFragment(MINUTES_FRAGMENT).toString();
  doc.destroy();
  return xml;
}

describe("the compiled server (node dist/server/main.js)", () => {
  it("imports nothing of tsx: each bundle leaves packages to node_modules, and tsx is not among them", () => {
    const bundles = readdirSync(path.join(ROOT, SERVER_OUT_DIR)).filter((file) => file.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["main.js", "collab.js", "sqlite-log-worker.js", "admin.js"]));
    for (const bundle of bundles) {
      const source = readFileSync(path.join(ROOT, SERVER_OUT_DIR, bundle), "utf8");
      const imported = [...source.matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((match) => match[1]);
      expect(imported.filter((name) => name === "tsx" || name?.startsWith("tsx/") || name?.startsWith("@/")), bundle).toEqual([]);
    }
  });

  it("serves the sign-in page, after migrating and seeding its fresh database", async () => {
    const page = await fetch(`${app.url}/signin`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<form");
    expect(app.output()).toMatch(/Seeded the demo users and the sample meeting/);
  });

  it("signs a demo note-taker in, opens the sample minutes over the collaboration socket and saves an edit", async () => {
    const cookie = await signIn(app.url, "notetaker1@kateb.local");
    const meeting = await app.db.meeting.findFirstOrThrow({ where: { minutesStatus: "open", versions: { none: {} } }, select: { id: true } });
    const ticket = await apiClient(app.url, cookie)("POST", "/api/collab-token", { meetingId: meeting.id });
    expect(ticket.status).toBe(200);
    const client = connectStock(`${app.url.replace("http", "ws")}/collab`, meetingDocName(meeting.id), (ticket.body as { token: string }).token);
    // The document is loaded by the update log's worker thread: from dist/server/ here.
    await client.synced;
    const body = lastSection(client.doc);
    if (!body) throw new Error("the sample minutes have no section");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("compiled-start-edit")]);
    body.insert(body.length, [paragraph]);
    await eventually(async () => expect(await storedMinutes(meeting.id)).toContain("compiled-start-edit"), 10_000);
  });
});
