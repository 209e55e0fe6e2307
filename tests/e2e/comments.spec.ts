// Issue 5's "Done when", in the browser: a reviewer selects a Persian phrase
// in version 1 and comments on it (mentioning the note-taker, with markup that
// must show as text); the note-taker, on the live minutes, sees the thread
// appear within a second and replies; the reviewer sees the reply arrive. The
// organizer reopens the minutes and types right before and right after the
// phrase, and deletes the words of a second thread; on version 2 the first
// thread is still on exactly its words and the second shows as outdated with
// its original quote. The reviewer resolves the first thread. Screenshots are
// saved in test-results/artifacts/.
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import { mkdirSync } from "node:fs";
import type { Browser, Locator } from "@playwright/test";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { connection, createMeeting, editor as liveEditor, waitUntilSaved } from "./meeting-page";

const ARTIFACTS = "test-results/artifacts";

const PEOPLE = {
  organizer: { email: "organizer@kateb.local", name: "زهرا احمدی" },
  notetaker: { email: "notetaker1@kateb.local", name: "علی رضایی" },
  reviewer: { email: "reviewer@kateb.local", name: "حسن کریمی" },
} as const;

const TOPIC = "کودکان و نوجوانان در معرض آسیب";
/** The words the first thread is on, inside a longer sentence. */
const PHRASE = "سامانهٔ ملی پایش کودکان کار";
const SENTENCE = `معاون سازمان گفت که ${PHRASE} از پاییز راه می‌افتد و گزارش آن منتشر می‌شود.`;
/** The words of the second thread: deleted before version 2. */
const DOOMED = "نشست مشترک با آموزش و پرورش";
const SECOND_SENTENCE = `همچنین ${DOOMED} در ماه آینده برگزار خواهد شد.`;
const BEFORE = "به گفتهٔ او ";
const AFTER = " با همکاری شهرداری‌ها";
const FIRST_COMMENT = "آیا تاریخ دقیق راه‌اندازی اعلام شد؟ <script>alert('x')</script>";
const REPLY = "بله، مهرماه؛ در نسخهٔ بعد می‌افزاییم.";

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

async function openPage(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  return (await signedInSession(browser, baseURL, email)).page;
}

const versionText = (page: Page, version: number) => page.getByRole("textbox", { name: `متن نسخهٔ ${persianDigits(version)}` });
const panel = (page: Page) => page.getByRole("region", { name: "نظرها" });
const thread = (page: Page, quote: string) => panel(page).getByRole("article").filter({ hasText: quote });

/** Selects `phrase` (within one run of text) the way a mouse would, so the editor takes it as its selection. */
async function selectPhrase(root: Locator, phrase: string): Promise<void> {
  await root.evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`not in the text: ${words}`);
  }, phrase);
}

/** Puts the caret right before or right after `phrase` in the editor's text. */
async function caretBeside(root: Locator, phrase: string, side: "before" | "after"): Promise<void> {
  await root.evaluate(
    (element, { words, where }) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((node) => node.data).join("");
      const start = whole.indexOf(words);
      if (start < 0) throw new Error(`not in the text: ${words}`);
      const target = where === "before" ? start : start + words.length;
      let offset = 0;
      for (const node of nodes) {
        if (target <= offset + node.data.length) {
          const range = document.createRange();
          range.setStart(node, target - offset);
          range.collapse(true);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return;
        }
        offset += node.data.length;
      }
    },
    { words: phrase, where: side },
  );
}

async function commentOn(page: Page, text: Locator, quote: string, body: string): Promise<void> {
  await selectPhrase(text, quote);
  await panel(page).getByRole("button", { name: "نظر روی متن برگزیده" }).click();
  await expect(panel(page)).toContainText(quote);
  await panel(page).getByRole("combobox", { name: "نظر شما" }).fill(body);
  await panel(page).getByRole("button", { name: "ثبت نظر" }).click();
  await expect(thread(page, quote)).toBeVisible();
}

test("reviewers comment on a version; threads are live, follow their words into v2, or turn outdated", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizer = await openPage(browser, baseURL, PEOPLE.organizer.email);
  const meetingId = await createMeeting(organizer, {
    title: "نشست گفت‌وگو (آزمون نظرها)",
    agenda: [TOPIC],
    members: [
      { email: PEOPLE.notetaker.email, role: "note-taker" },
      { email: PEOPLE.reviewer.email, role: "reviewer" },
    ],
  });
  const noteTaker = await openPage(browser, baseURL, PEOPLE.notetaker.email);
  const reviewer = await openPage(browser, baseURL, PEOPLE.reviewer.email);

  // The note-taker writes two sentences under the topic; the organizer locks version 1.
  await noteTaker.goto(`/meetings/${meetingId}`);
  await expect(liveEditor(noteTaker)).toHaveAttribute("contenteditable", "true");
  await liveEditor(noteTaker).getByRole("heading", { name: TOPIC, exact: true }).click();
  await noteTaker.keyboard.press("End");
  await noteTaker.keyboard.press("Enter");
  await noteTaker.keyboard.type(SENTENCE);
  await noteTaker.keyboard.press("Enter");
  await noteTaker.keyboard.type(SECOND_SENTENCE);
  await waitUntilSaved(noteTaker);
  expect((await organizer.request.post(`/api/meetings/${meetingId}/lock`, { data: {} })).status()).toBe(201);
  await expect(liveEditor(noteTaker)).toHaveAttribute("contenteditable", "false");

  // The reviewer comments on the phrase in version 1, mentioning the note-taker.
  await reviewer.goto(`/meetings/${meetingId}/versions/1`);
  await reviewer.getByRole("link", { name: "نظرها روی این نسخه" }).click();
  await expect(versionText(reviewer, 1)).toContainText(PHRASE);
  await expect(versionText(reviewer, 1)).toHaveAttribute("contenteditable", "false");
  await selectPhrase(versionText(reviewer, 1), PHRASE);
  await panel(reviewer).getByRole("button", { name: "نظر روی متن برگزیده" }).click();
  const composer = panel(reviewer).getByRole("combobox", { name: "نظر شما" });
  await composer.pressSequentially("@علی");
  await panel(reviewer).getByRole("option", { name: PEOPLE.notetaker.name }).click();
  await composer.pressSequentially(FIRST_COMMENT);
  await panel(reviewer).getByRole("button", { name: "ثبت نظر" }).click();
  const reviewerThread = thread(reviewer, PHRASE);
  await expect(reviewerThread).toContainText(FIRST_COMMENT);
  await expect(versionText(reviewer, 1).locator(".comment-highlight")).toHaveText(PHRASE);

  // The note-taker, on the live minutes, sees it without reloading: the markup as text, the mention marked.
  await expect(thread(noteTaker, PHRASE)).toBeVisible();
  const noteTakerThread = thread(noteTaker, PHRASE);
  await expect(noteTakerThread.locator(".comment__body").first()).toHaveText(`@${PEOPLE.notetaker.name} ${FIRST_COMMENT}`);
  await expect(noteTakerThread.locator(".comment__mention")).toHaveText(`@${PEOPLE.notetaker.name}`);
  await expect(panel(noteTaker).locator("script")).toHaveCount(0);
  await expect(liveEditor(noteTaker).locator(".comment-highlight")).toHaveText(PHRASE);
  // …and the mention counts in their notifications.
  await noteTaker.reload();
  await expect(noteTaker.getByRole("button", { name: /^اعلان‌ها \(۱\)$/ })).toBeVisible();
  await noteTaker.getByRole("button", { name: /^اعلان‌ها/ }).click();
  await expect(noteTaker.getByRole("region", { name: "اعلان‌ها" })).toContainText(`${PEOPLE.reviewer.name} شما را نام برد`);
  await noteTaker.keyboard.press("Escape");

  // The note-taker replies; the reviewer's page shows the reply.
  await thread(noteTaker, PHRASE).getByRole("button", { name: "پاسخ" }).click();
  await thread(noteTaker, PHRASE).getByRole("combobox", { name: "پاسخ شما" }).fill(REPLY);
  await thread(noteTaker, PHRASE).getByRole("button", { name: "ثبت پاسخ" }).click();
  await expect(thread(noteTaker, PHRASE)).toContainText(REPLY);
  await expect(reviewerThread).toContainText(REPLY);
  await expect(reviewerThread).toContainText(PEOPLE.notetaker.name);

  // A second thread, on words that will be deleted, opened while the
  // note-taker's page is offline: it catches up when it is back.
  await noteTaker.context().setOffline(true);
  await expect(connection(noteTaker)).toContainText("آفلاین");
  await commentOn(reviewer, versionText(reviewer, 1), DOOMED, "این نشست قطعی است؟");
  await expect(thread(noteTaker, DOOMED)).toHaveCount(0);
  await noteTaker.context().setOffline(false);
  await expect(thread(noteTaker, DOOMED)).toBeVisible();
  await reviewer.screenshot({ path: `${ARTIFACTS}/comments-version-1-fa.png` });

  // The organizer reopens, types right before and right after the phrase, and deletes the second thread's words.
  expect((await organizer.request.post(`/api/meetings/${meetingId}/reopen`, { data: {} })).status()).toBe(200);
  await organizer.goto(`/meetings/${meetingId}`);
  const text = liveEditor(organizer);
  await expect(text).toHaveAttribute("contenteditable", "true");
  await expect(text.locator(".comment-highlight").filter({ hasText: PHRASE })).toHaveCount(1);
  await text.getByText(SECOND_SENTENCE.slice(0, 6)).click();
  await caretBeside(text, PHRASE, "before");
  await organizer.keyboard.type(BEFORE);
  await caretBeside(text, PHRASE, "after");
  await organizer.keyboard.type(AFTER);
  await selectPhrase(text, DOOMED);
  await organizer.keyboard.press("Backspace");
  await expect(text).toContainText(`${BEFORE}${PHRASE}${AFTER}`);
  await expect(text).not.toContainText(DOOMED);
  await waitUntilSaved(organizer);
  // Live: the first thread is still on exactly its words; the second is outdated.
  await expect(text.locator(".comment-highlight")).toHaveText(PHRASE);
  await expect(thread(organizer, DOOMED)).toContainText("کهنه");
  expect((await organizer.request.post(`/api/meetings/${meetingId}/lock`, { data: {} })).status()).toBe(201);

  // On version 2: the same words for the first thread; the second shows its quote as outdated.
  await reviewer.goto(`/meetings/${meetingId}/versions/2/comments`);
  await expect(versionText(reviewer, 2)).toContainText(`${BEFORE}${PHRASE}${AFTER}`);
  await expect(versionText(reviewer, 2).locator(".comment-highlight")).toHaveText(PHRASE);
  const outdated = thread(reviewer, DOOMED);
  await expect(outdated).toContainText("کهنه");
  await expect(outdated).toContainText("متن این نظر دیگر در صورت‌جلسه نیست");
  await expect(thread(reviewer, PHRASE)).not.toContainText("کهنه");

  // Arrow keys move between the threads, in document order (the outdated one last).
  await thread(reviewer, PHRASE).focus();
  await reviewer.keyboard.press("ArrowDown");
  await expect(outdated).toBeFocused();
  await reviewer.keyboard.press("ArrowUp");
  await expect(thread(reviewer, PHRASE)).toBeFocused();

  // The reviewer resolves the first thread; it leaves the open filter and shows under "resolved".
  await thread(reviewer, PHRASE).getByRole("button", { name: "حل شد" }).click();
  await expect(thread(reviewer, PHRASE)).toHaveCount(0);
  await panel(reviewer).getByRole("button", { name: /^حل‌شده/ }).click();
  await expect(thread(reviewer, PHRASE)).toContainText(`حل‌شده به دست ${PEOPLE.reviewer.name}`);
  // The note-taker's panel, showing open threads, lets it go without reloading.
  await expect(thread(noteTaker, PHRASE)).toHaveCount(0);
  await reviewer.screenshot({ path: `${ARTIFACTS}/comments-version-2-fa.png` });
});
