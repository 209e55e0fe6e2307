// The browser editor after its connection drops (issue 14, finding 13): a
// collaboration token opens one connection, so the editor fetches a new ticket
// before each one. The note-taker's socket is closed under it twice; each time
// the editor reconnects once, with a token it has not used before, and what is
// typed around the drop is saved and reaches the organizer.
import type { WebSocketRoute } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { connection, editor } from "./meeting-page";
import { createMeeting } from "./new-meeting";

const NOTE_TAKER = "notetaker1@kateb.local";
const TOPIC = "وضعیت اورژانس اجتماعی";

test("[fa] the editor reconnects after its connection drops, each time once and with a new ticket, and loses nothing", async ({ browser, baseURL }) => {
  const meetingId = await createMeeting(browser, baseURL, "نشست آزمون اتصال دوباره", [NOTE_TAKER]);
  const org = await browser.newContext({ baseURL });
  const organizer = await org.newPage();
  await signIn(organizer, "organizer@kateb.local");
  await organizer.goto(`/meetings/${meetingId}`);
  await expect(connection(organizer)).toHaveAttribute("data-connection", "connected");

  const ctx = await browser.newContext({ baseURL });
  const page = await ctx.newPage();
  await signIn(page, NOTE_TAKER);
  // Every collaboration socket the page opens passes through here, to the server.
  const sockets: WebSocketRoute[] = [];
  const tokens: string[] = [];
  await page.routeWebSocket(/\/collab\//, (socket) => {
    tokens.push(new URL(socket.url()).searchParams.get("token") ?? "");
    sockets.push(socket);
    socket.connectToServer();
  });
  await page.goto(`/meetings/${meetingId}`);
  await expect(connection(page)).toHaveAttribute("data-connection", "connected");
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).getByRole("heading", { name: TOPIC, exact: true }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");

  for (const [round, [before, after]] of [
    ["پیش از قطع نخست،", "پس از قطع نخست،"],
    ["پیش از قطع دوم،", "پس از قطع دوم."],
  ].entries()) {
    await page.keyboard.type(` ${before}`);
    // Closed under the page, as a restarting server would (1012: come back later).
    await sockets.at(-1)?.close({ code: 1012, reason: "dropped by the test" });
    await page.keyboard.type(` ${after}`);
    await expect(connection(page)).toContainText("همهٔ تغییرات ذخیره شد");
    await expect(connection(page)).toHaveAttribute("data-connection", "connected");
    await expect(editor(organizer)).toContainText(`${before} ${after}`);
    // One new connection per drop, none refused on the way, each with a token of its own.
    expect(tokens).toHaveLength(round + 2);
    expect(new Set(tokens).size).toBe(tokens.length);
  }

  await ctx.close();
  await org.close();
});
