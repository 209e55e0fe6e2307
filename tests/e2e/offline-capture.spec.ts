// Issue 12, offline capture, in Chromium: a note-taker types while offline and
// closes the tab (the page warns first); the edits are kept in the browser
// (y-indexeddb), shown again when the meeting is reopened, and sent once the
// server is reachable: the server then holds the text exactly once. Edits kept
// for minutes locked meanwhile are shown as "not in vN" with their text to
// copy, and never sent. A store of another user or meeting is ignored.
//
// The meeting page is rendered on the server, so it cannot load with the
// browser offline: it is reopened online with the collaboration WebSocket
// blocked (context.routeWebSocket closes it), then unblocked.
//
// Each test creates and uses its own meeting; the sample meeting is left alone.
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, WebSocketRoute } from "@playwright/test";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { expect, signIn, test, type Page } from "./fixtures";
import { createMeeting as createSharedMeeting, waitUntilSaved } from "./meeting-page";

const SHOTS = "test-results/screenshots";
const NOTE_TAKER = "notetaker1@kateb.local";
const ORGANIZER = "organizer@kateb.local";
/** The new meetings' one agenda topic: a section of their minutes. */
const TOPIC = "گزارش بهزیستی";

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

const editor = (page: Page) => page.getByRole("textbox", { name: /^(متن صورت‌جلسه|Minutes text)$/ });
const connection = (page: Page) => page.getByRole("status", { name: /^(وضعیت اتصال|Connection status)$/ });
const keptEdits = (page: Page) => page.getByRole("region", { name: "تغییرهای نگه‌داشته‌ای که فرستاده نشد" });

async function newContext(browser: Browser, baseURL: string | undefined, locale: "fa" | "en" = "fa"): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  if (locale === "en" && baseURL) await context.addCookies([{ name: "kateb-locale", value: "en", url: baseURL }]);
  return context;
}

/** A meeting of the sample series, with NOTE_TAKER as its note-taker; its id. */
const createMeeting = (organizer: Page, title: string): Promise<string> =>
  createSharedMeeting(organizer, { title, place: "قم", guests: [], agenda: [TOPIC], members: [{ email: NOTE_TAKER, role: "note-taker" }] });

/** The organizer, signed in at a browser of their own, and a new meeting of theirs. */
async function organizerWithMeeting(browser: Browser, baseURL: string | undefined, title: string): Promise<{ org: BrowserContext; organizer: Page; meetingId: string }> {
  const org = await newContext(browser, baseURL);
  const organizer = await org.newPage();
  await signIn(organizer, ORGANIZER);
  return { org, organizer, meetingId: await createMeeting(organizer, title) };
}

async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.goto(`/meetings/${meetingId}`);
  await expect(connection(page)).toHaveAttribute("data-connection", "connected");
}

/** Types `text` on a new line under the agenda topic's heading. */
async function typeUnderTopic(page: Page, text: string): Promise<void> {
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).getByRole("heading", { name: TOPIC, exact: true }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

/** Closes the page as a person would; the page must ask first (beforeunload). */
async function closeAfterWarning(page: Page): Promise<void> {
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const warning = await dialog;
  expect(warning.type()).toBe("beforeunload");
  const closed = page.waitForEvent("close");
  await warning.accept();
  await closed;
}

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/** The document updates a page sends: sync step 2 and update messages, and
 * whether each carries new content (Yjs structs) for the server. */
function watchSentUpdates(page: Page): Array<{ kind: "step2" | "update"; structs: number }> {
  const sent: Array<{ kind: "step2" | "update"; structs: number }> = [];
  page.on("websocket", (socket) => {
    socket.on("framesent", ({ payload }) => {
      if (typeof payload === "string") return;
      const decoder = decoding.createDecoder(new Uint8Array(payload));
      if (decoding.readVarUint(decoder) !== 0) return;
      const syncType = decoding.readVarUint(decoder);
      if (syncType === 0) return;
      const update = decoding.readVarUint8Array(decoder);
      sent.push({ kind: syncType === 1 ? "step2" : "update", structs: Y.decodeUpdate(update).structs.length });
    });
  });
  return sent;
}

/** Blocks (closes at once) or lets through the pages' collaboration WebSockets. */
async function collabSocketGate(context: BrowserContext): Promise<{ block: (blocked: boolean) => void }> {
  let blocked = true;
  await context.routeWebSocket(/\/collab\//, (socket: WebSocketRoute) => {
    if (blocked) void socket.close({ code: 1013, reason: "blocked by the test" });
    else socket.connectToServer();
  });
  return { block: (value) => (blocked = value) };
}

/** Lets a page's collaboration WebSockets through until stop(): then the open
 * one is closed, and every new one is closed at once. */
async function stoppableCollabSocket(page: Page): Promise<{ stop: () => void }> {
  let stopped = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/collab\//, (socket: WebSocketRoute) => {
    if (stopped) {
      void socket.close({ code: 1013, reason: "blocked by the test" });
      return;
    }
    socket.connectToServer();
    open.add(socket);
  });
  return {
    stop: () => {
      stopped = true;
      for (const socket of open) void socket.close({ code: 1013, reason: "stopped by the test" });
    },
  };
}

/** The waiting edits this user's stores for the meeting say they hold (IndexedDB only). */
function keptInIndexedDb(page: Page, meetingId: string, userId: string): Promise<number> {
  return page.evaluate(
    async ({ prefix, meetingId, userId }) => {
      let edits = 0;
      for (const { name } of await indexedDB.databases()) {
        if (!name?.startsWith(prefix)) continue;
        const meta = await new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onerror = () => reject(request.error ?? new Error("open failed"));
          request.onsuccess = () => {
            const db = request.result;
            const read = db.transaction("custom").objectStore("custom").get("meta");
            read.onsuccess = () => {
              db.close();
              resolve(typeof read.result === "string" ? JSON.parse(read.result) : null);
            };
            read.onerror = () => reject(read.error ?? new Error("read failed"));
          };
        });
        const kept = meta as { meetingId?: string; userId?: string; edits?: number } | null;
        if (kept?.meetingId === meetingId && kept.userId === userId) edits += kept.edits ?? 0;
      }
      return edits;
    },
    { prefix: `kateb-minutes:${meetingId}:${userId}:`, meetingId, userId },
  );
}

async function versionText(organizer: Page, meetingId: string, version: number): Promise<string> {
  const answer = await organizer.request.get(`/api/meetings/${meetingId}/versions/${version}`);
  expect(answer.status()).toBe(200);
  return JSON.stringify(((await answer.json()) as { content: unknown }).content);
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
// Several browsers, a lock and reloads: longer than the default minute on a shared machine.
test.describe.configure({ timeout: 120_000 });

test("[fa] edits typed offline survive closing the tab, are shown on reopening and reach the server exactly once", async ({
  browser,
  baseURL,
}) => {
  const typed = "یادداشت بی‌اتصال: بهزیستی گزارش ۱۴۰۴ را می‌فرستد";
  const { org, organizer, meetingId } = await organizerWithMeeting(browser, baseURL, `نشست آزمون بی‌اتصال ${Date.now()}`);

  const ctx = await newContext(browser, baseURL);
  const first = await ctx.newPage();
  await signIn(first, NOTE_TAKER);
  await openMeeting(first, meetingId);
  await waitUntilSaved(first);

  // Offline: the edits wait, counted in Persian digits.
  await ctx.setOffline(true);
  await expect(connection(first)).toHaveAttribute("data-connection", "offline");
  await typeUnderTopic(first, typed);
  await expect(editor(first)).toContainText(typed);
  const waiting = Number(await connection(first).getAttribute("data-waiting"));
  expect(waiting).toBeGreaterThanOrEqual(typed.length);
  await expect(connection(first)).toContainText(`${persianDigits(waiting)} تغییر در انتظار ذخیره`);
  await first.screenshot({ path: `${SHOTS}/offline-waiting-fa.png`, fullPage: true });

  // Leaving warns; the tab is closed all the same.
  await closeAfterWarning(first);

  // Reopened with the server out of reach: the edits are shown, still waiting.
  await ctx.setOffline(false);
  const gate = await collabSocketGate(ctx);
  const second = await ctx.newPage();
  const sentBySecond = watchSentUpdates(second);
  await second.goto(`/meetings/${meetingId}`);
  await expect(editor(second)).toContainText(typed);
  await expect(connection(second)).toContainText(`${persianDigits(waiting)} تغییر در انتظار ذخیره`);
  await expect(connection(second)).not.toHaveAttribute("data-connection", "connected");
  await second.screenshot({ path: `${SHOTS}/offline-reopened-fa.png`, fullPage: true });
  // Not on the server yet.
  await openMeeting(organizer, meetingId);
  await expect(editor(organizer)).not.toContainText(typed);

  // The server is back: sent, acknowledged, and seen by the others once.
  gate.block(false);
  await expect(connection(second)).toHaveAttribute("data-connection", "connected");
  await waitUntilSaved(second);
  await expect(editor(organizer)).toContainText(typed);
  expect(occurrences((await editor(organizer).textContent()) ?? "", typed)).toBe(1);
  expect(sentBySecond.filter((message) => message.structs > 0).length).toBeGreaterThan(0);

  // Opening again with nothing waiting sends no new content at all.
  const third = await ctx.newPage();
  const sentByThird = watchSentUpdates(third);
  await second.close();
  await openMeeting(third, meetingId);
  await expect(editor(third)).toContainText(typed);
  await waitUntilSaved(third);
  expect(sentByThird.filter((message) => message.structs > 0)).toEqual([]);
  expect(occurrences((await editor(third).textContent()) ?? "", typed)).toBe(1);

  // What the server stores: lock the minutes and read version 1.
  const locked = await organizer.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);
  expect(occurrences(await versionText(organizer, meetingId, 1), typed)).toBe(1);

  await ctx.close();
  await org.close();
});

test("[fa] edits kept for minutes locked meanwhile are shown as not in v1 with their text to copy, and never sent", async ({
  browser,
  baseURL,
}) => {
  const typed = "پیشنهاد نوشته‌شده بی‌اتصال پس از قفل";
  const { org, organizer, meetingId } = await organizerWithMeeting(browser, baseURL, `نشست آزمون قفل در غیاب ${Date.now()}`);

  const ctx = await newContext(browser, baseURL);
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const first = await ctx.newPage();
  await signIn(first, NOTE_TAKER);
  await openMeeting(first, meetingId);
  await waitUntilSaved(first);
  await ctx.setOffline(true);
  await expect(connection(first)).toHaveAttribute("data-connection", "offline");
  await typeUnderTopic(first, typed);
  await closeAfterWarning(first);

  // Meanwhile the organizer locks the minutes as version 1.
  const locked = await organizer.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);

  await ctx.setOffline(false);
  const second = await ctx.newPage();
  const sent = watchSentUpdates(second);
  await openMeeting(second, meetingId);
  const kept = keptEdits(second);
  await expect(kept.getByRole("heading", { name: "در نسخهٔ ۱ نیست" })).toBeVisible();
  await expect(kept).toContainText(typed);
  await expect(kept).toContainText("صورت‌جلسه پیش از رسیدن آن‌ها در نسخهٔ ۱ قفل شد");
  // Never sent, never merged: not in the minutes, no refusal from the server.
  await expect(editor(second)).not.toContainText(typed);
  await expect(second.getByText("آخرین تغییر شما پس از قفل رسید")).toHaveCount(0);
  expect(sent.filter((message) => message.structs > 0)).toEqual([]);

  await kept.getByRole("button", { name: "رونوشت متن" }).click();
  await expect(kept.getByRole("status")).toHaveText("متن رونوشت شد.");
  expect(await second.evaluate(() => navigator.clipboard.readText())).toBe(typed);
  await second.screenshot({ path: `${SHOTS}/offline-not-in-v1-fa.png` });

  // Reopened for revision: still not merged into the minutes, still shown.
  const reopened = await organizer.request.post(`/api/meetings/${meetingId}/reopen`, { data: {} });
  expect(reopened.status(), await reopened.text()).toBe(200);
  await second.reload();
  await expect(connection(second)).toHaveAttribute("data-connection", "connected");
  await expect(editor(second)).toHaveAttribute("contenteditable", "true");
  await expect(keptEdits(second).getByRole("heading", { name: "در نسخهٔ ۱ نیست" })).toBeVisible();
  await expect(editor(second)).not.toContainText(typed);
  expect(occurrences(await versionText(organizer, meetingId, 1), typed)).toBe(0);

  // Removed only when the person says so.
  await keptEdits(second).getByRole("button", { name: "حذف از این مرورگر" }).click();
  await expect(keptEdits(second)).toHaveCount(0);
  await second.reload();
  await expect(connection(second)).toHaveAttribute("data-connection", "connected");
  await expect(keptEdits(second)).toHaveCount(0);

  await ctx.close();
  await org.close();
});

test("[en] the indicator counts the edits that wait; IndexedDB alone brings them back; a store of another user or meeting is ignored", async ({ browser, baseURL }) => {
  const { org, organizer, meetingId } = await organizerWithMeeting(browser, baseURL, `Offline capture test ${Date.now()}`);
  // Whatever a meeting's first opening writes is written now.
  await openMeeting(organizer, meetingId);
  await waitUntilSaved(organizer);

  const ctx = await newContext(browser, baseURL, "en");
  const page = await ctx.newPage();
  await signIn(page, NOTE_TAKER, { email: "Email", password: "Password", submit: "Sign in" });
  const ticket = (await (await page.request.post("/api/collab-token", { data: { meetingId } })).json()) as { userId: string };

  // Stores under this user's and meeting's names that say they are someone
  // else's, or another meeting's: never loaded, never sent.
  const forged = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  forged.getXmlFragment("default").insert(0, [paragraph]);
  paragraph.insert(0, [new Y.XmlText("Forged kept text")]);
  const state = Array.from(Y.encodeStateAsUpdate(forged));
  const from = { [String(forged.clientID)]: 0 };
  const prefix = `kateb-minutes:${meetingId}:${ticket.userId}:`;
  await page.goto("/");
  await page.evaluate(
    async ({ stores, state }) => {
      for (const { name, meta } of stores) {
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => {
            request.result.createObjectStore("updates", { autoIncrement: true });
            request.result.createObjectStore("custom");
          };
          request.onerror = () => reject(request.error ?? new Error("open failed"));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(["updates", "custom"], "readwrite");
            tx.objectStore("updates").add(new Uint8Array(state));
            tx.objectStore("custom").put(JSON.stringify(meta), "meta");
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error("write failed"));
          };
        });
      }
    },
    {
      state,
      stores: [
        { name: `${prefix}other-user`, meta: { meetingId, userId: "someone-else", edits: 3, from, baseVersion: null } },
        { name: `${prefix}other-meeting`, meta: { meetingId: "another-meeting", userId: ticket.userId, edits: 3, from, baseVersion: null } },
      ],
    },
  );
  const sent = watchSentUpdates(page);
  await openMeeting(page, meetingId);
  await waitUntilSaved(page, "en");
  await expect(editor(page)).not.toContainText("Forged kept text");
  expect(sent.filter((message) => message.structs > 0)).toEqual([]);

  await ctx.setOffline(true);
  await expect(connection(page)).toHaveAttribute("data-connection", "offline");
  await typeUnderTopic(page, "Written offline");
  const waiting = Number(await connection(page).getAttribute("data-waiting"));
  expect(waiting).toBeGreaterThanOrEqual("Written offline".length);
  await expect(connection(page)).toContainText(`${waiting} edits waiting to be saved`);
  await page.screenshot({ path: `${SHOTS}/offline-waiting-en.png`, fullPage: true });

  // localStorage refuses every write (full), so nothing is written as the page
  // goes: what IndexedDB holds is all there is, and it is enough.
  await expect.poll(() => keptInIndexedDb(page, meetingId, ticket.userId)).toBe(waiting);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.close();
  await ctx.setOffline(false);
  const again = await ctx.newPage();
  await openMeeting(again, meetingId);
  await expect(editor(again)).toContainText("Written offline");
  await waitUntilSaved(again, "en");
  await expect(connection(again)).toHaveAttribute("data-waiting", "0");
  await expect(editor(organizer)).toContainText("Written offline");
  expect(occurrences((await editor(organizer).textContent()) ?? "", "Written offline")).toBe(1);

  await ctx.close();
  await org.close();
});

test("[fa] another tab leaves a tab's waiting edits alone; they are restored and sent once that tab is closed", async ({ browser, baseURL }) => {
  const typed = "یادداشت زبانهٔ نخست که سوکتش قطع شد";
  const { org, organizer, meetingId } = await organizerWithMeeting(browser, baseURL, `نشست آزمون دو زبانه ${Date.now()}`);
  await openMeeting(organizer, meetingId);
  await waitUntilSaved(organizer);

  const ctx = await newContext(browser, baseURL);
  const first = await ctx.newPage();
  await signIn(first, NOTE_TAKER);
  const socket = await stoppableCollabSocket(first);
  await openMeeting(first, meetingId);
  await waitUntilSaved(first);
  // The WebSocket stops (the browser still believes it is online).
  socket.stop();
  await expect(connection(first)).not.toHaveAttribute("data-connection", "connected");
  await typeUnderTopic(first, typed);
  await expect(connection(first)).toContainText("تغییر در انتظار ذخیره");

  // A second tab of the same person opens the meeting: the first tab's store is
  // held by it, so nothing of it is loaded or sent from here.
  const second = await ctx.newPage();
  const sentBySecond = watchSentUpdates(second);
  await openMeeting(second, meetingId);
  await waitUntilSaved(second);
  await expect(editor(second)).not.toContainText(typed);
  expect(sentBySecond.filter((message) => message.structs > 0)).toEqual([]);
  await second.close();
  await expect(connection(first)).toContainText("تغییر در انتظار ذخیره");

  await closeAfterWarning(first);
  const third = await ctx.newPage();
  await openMeeting(third, meetingId);
  await expect(editor(third)).toContainText(typed);
  await waitUntilSaved(third);
  await expect(editor(organizer)).toContainText(typed);
  expect(occurrences((await editor(organizer).textContent()) ?? "", typed)).toBe(1);

  await ctx.close();
  await org.close();
});
