// The real Kateb process on PostgreSQL (DATABASE_URL=postgres://…, a fresh
// schema): at start it applies the PostgreSQL migrations and seeds the demo, as
// on SQLite; a demo user signs in and lists the meetings; a stock y-websocket
// client's edit is stored, and is there after the process restarts (which
// seeds nothing again).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { readMigrations } from "@/server/db/migrations-folder";
import { apiClient } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { storedDoc } from "../helpers/collab-inspect";
import { appendParagraph } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { createTestSchema, type TestSchema } from "../helpers/postgres-schema";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients, type StockClient } from "../helpers/stock-client";

const MIGRATIONS = path.resolve(import.meta.dirname, "..", "..", "prisma", "postgres", "migrations");
const WORDS = "نوشته‌ای که پس از راه‌اندازی دوباره می‌ماند";
const NOTE_TAKER = "notetaker1@kateb.local";

let schema: TestSchema;
let app: RunningApp | undefined;

beforeAll(async () => {
  schema = await createTestSchema();
});
afterAll(async () => {
  destroyAllStockClients();
  await app?.stop();
  await schema.drop();
});

const minutesText = (client: StockClient): string => client.doc.getXmlFragment(MINUTES_FRAGMENT).toString();

async function openMinutes(running: RunningApp, meetingId: string): Promise<StockClient> {
  const cookie = await signIn(running.url, NOTE_TAKER);
  const ticket = await apiClient(running.url, cookie)("POST", "/api/collab-token", { meetingId });
  expect(ticket.status).toBe(200);
  const collabUrl = `${running.url.replace("http", "ws")}/collab`;
  const client = connectStock(collabUrl, meetingDocName(meetingId), (ticket.body as { token: string }).token);
  await client.synced;
  return client;
}

// Two starts of the whole process: slow when the machine is busy.
describe("Kateb on PostgreSQL", { timeout: 120_000 }, () => {
  it("migrates and seeds at start, signs in, lists meetings, and keeps an edit across a restart", async () => {
    app = await startApp({ DATABASE_URL: schema.url });
    const { rows } = await schema.client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(readMigrations(MIGRATIONS).map((migration) => migration.name));
    const meetingId = /Seeded the demo users and the sample meeting \(([^)]+)\)/.exec(app.output())?.[1] ?? "";
    expect(meetingId).not.toBe("");

    const listed = await apiClient(app.url, await signIn(app.url, NOTE_TAKER))("GET", "/api/meetings");
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain(meetingId);

    const writer = await openMinutes(app, meetingId);
    appendParagraph(writer.doc, WORDS);
    const docName = meetingDocName(meetingId);
    const running = app;
    await eventually(async () => expect((await storedDoc(running.db, docName)).getXmlFragment(MINUTES_FRAGMENT).toString()).toContain(WORDS));
    destroyAllStockClients();
    await app.stop();
    app = undefined;

    app = await startApp({ DATABASE_URL: schema.url });
    expect(app.output()).not.toContain("Seeded");
    expect(await app.db.meeting.count()).toBe(2);
    const reader = await openMinutes(app, meetingId);
    expect(minutesText(reader)).toContain(WORDS);
  });
});
