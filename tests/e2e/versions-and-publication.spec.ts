// Issue 4's "Done when", in the browser: two note-takers are typing when the
// organizer locks the minutes; every character is either in version 1 or was
// refused visibly in the editor, and both editors turn read-only saying who
// locked them. The organizer reopens, a note-taker changes one Q&A answer,
// version 2 is locked, and the comparison shows exactly that change. Version 2
// is published and read by a fresh browser with no cookies and JavaScript off;
// publishing version 3 puts the "superseded" banner on the version 2 link;
// revoking the version 3 link makes it answer 404. A PDF of the published
// report printed by Chromium and screenshots of it and of the comparison are
// saved in test-results/artifacts/.
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import { mkdirSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { createMeeting, editor, openMeeting, waitUntilSaved } from "./meeting-page";

const ARTIFACTS = "test-results/artifacts";

const PEOPLE = {
  organizer: { email: "organizer@kateb.local", name: "زهرا احمدی" },
  notetaker1: { email: "notetaker1@kateb.local" },
  notetaker2: { email: "notetaker2@kateb.local" },
  outsider: { email: "viewer@kateb.local" },
} as const;

const MEETING = {
  title: "نشست گفت‌وگو با معاون بهزیستی (آزمون نسخه‌ها و انتشار)",
  place: "قم، دفتر کمیسیون حقوق بشر اسلامی",
  guest: { name: "دکتر حبیب‌الله مسعودی فرید", role: "معاون امور فرهنگی و اجتماعی", organisation: "سازمان بهزیستی کشور" },
  topics: ["کودکان و نوجوانان در معرض آسیب", "امور فرهنگی و آموزش طلاب"],
};

const QUESTION = "حوزهٔ علمیه چگونه در آموزش مددکاران اورژانس اجتماعی سهم دارد؟";
const ASKED_BY = "دکتر رضا موسوی";
/** The answer in version 1; version 2 changes its last word (قم → تهران). */
const ANSWER_V1 = "دوره‌های مشترک آموزشی هر ماه در قم";
const ANSWER_V2 = "دوره‌های مشترک آموزشی هر ماه در تهران";
const ADDED_IN_V3 = "گزارش تکمیلی دفتر کمیسیون در نسخهٔ سوم افزوده شد.";

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

/** A line whose every prefix says how far its typist got: "الف۱-الف۲-…". */
const typedLine = (letter: string): string =>
  Array.from({ length: 36 }, (_, index) => `${letter}${persianDigits(index + 1)}`).join("-");
const LINES = { notetaker1: typedLine("الف"), notetaker2: typedLine("ب") };
/** Enough of a line to find it: the organizer waits to see this much of both before locking. */
const HEAD = 8;

const SENTENCES = {
  lockedBy: new RegExp(`${PEOPLE.organizer.name} صورت‌جلسه را در نسخهٔ (1|۱) قفل کرد`),
  refused: "صورت‌جلسه قفل شد و آخرین تغییر شما پس از قفل رسید؛ آن تغییر ذخیره نشد.",
};

const lifecycle = (page: Page) => page.getByRole("group", { name: "وضعیت صورت‌جلسه" });
const stateLine = (page: Page, state: string) => lifecycle(page).getByText(`وضعیت صورت‌جلسه: ${state}`);

/** A new paragraph under a section's heading, with the cursor in it. */
async function newLineUnder(page: Page, heading: string): Promise<void> {
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).getByRole("heading", { name: heading, exact: true }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
}

const qaAnswer = (page: Page) =>
  editor(page).getByRole("group", { name: "پرسش و پاسخ", exact: true }).filter({ hasText: QUESTION }).getByRole("group", { name: "پاسخ", exact: true });

/** The text of the paragraph holding the start of `line`, in the given place. */
async function paragraphText(scope: Locator, line: string): Promise<string> {
  const paragraph = scope.locator("p").filter({ hasText: line.slice(0, HEAD) });
  await expect(paragraph).toHaveCount(1);
  return (await paragraph.textContent()) ?? "";
}

async function lockMinutes(page: Page, version: number, note: string): Promise<void> {
  await lifecycle(page).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  await expect(lifecycle(page).getByRole("heading", { name: `قفل کردن صورت‌جلسه به‌عنوان نسخهٔ ${persianDigits(version)}` })).toBeVisible();
  await lifecycle(page).getByLabel("یادداشت این نسخه (اختیاری)").fill(note);
  await lifecycle(page).getByRole("button", { name: `بله، به‌عنوان نسخهٔ ${persianDigits(version)} قفل شود` }).click();
  await expect(lifecycle(page).getByRole("status")).toHaveText(`صورت‌جلسه به‌عنوان نسخهٔ ${persianDigits(version)} قفل شد.`);
  await expect(stateLine(page, `قفل‌شده: نسخهٔ ${persianDigits(version)}`)).toBeVisible();
}

async function reopenMinutes(page: Page, after: number): Promise<void> {
  await lifecycle(page).getByRole("button", { name: "بازکردن برای بازنگری" }).click();
  await expect(stateLine(page, `در حال بازنگری پس از نسخهٔ ${persianDigits(after)}`)).toBeVisible();
}

/** Publishes a version from its page and answers the link's path (/r/<token>). */
async function publishVersion(page: Page, meetingId: string, version: number): Promise<string> {
  await page.goto(`/meetings/${meetingId}/versions/${version}`);
  const panel = page.getByRole("region", { name: "انتشار" });
  const indexable = panel.getByLabel("اجازهٔ فهرست‌شدن صفحه در موتورهای جست‌وجو");
  await expect(indexable).not.toBeChecked();
  await panel.getByRole("button", { name: `انتشار نسخهٔ ${persianDigits(version)}` }).click();
  await expect(panel.getByRole("status").last()).toHaveText(`نسخهٔ ${persianDigits(version)} منتشر شد؛ هرکس پیوند را داشته باشد می‌تواند آن را بخواند.`);
  const link = panel.getByRole("link", { name: /\/r\// });
  await expect(link).toHaveCount(1);
  const path = await link.getAttribute("href");
  expect(path).toMatch(/^\/r\/[A-Za-z0-9_-]{32}$/);
  await expect(link).toHaveText(new RegExp(`^http://[^/]+${path}$`));
  await expect(panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: /\/r\// }) })).toContainText("از موتورهای جست‌وجو می‌خواهد آن را فهرست نکنند.");
  return path ?? "";
}

test("lock while two note-takers type, revise, compare, publish, supersede and revoke", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizer = await signedInSession(browser, baseURL, PEOPLE.organizer.email);
  const meetingId = await createMeeting(organizer.page, {
    title: MEETING.title,
    place: MEETING.place,
    guests: [MEETING.guest],
    agenda: MEETING.topics,
    members: [
      { email: PEOPLE.notetaker1.email, role: "note-taker" },
      { email: PEOPLE.notetaker2.email, role: "note-taker" },
    ],
  });
  const ali = await signedInSession(browser, baseURL, PEOPLE.notetaker1.email);
  const maryam = await signedInSession(browser, baseURL, PEOPLE.notetaker2.email);
  const org = organizer.page;
  const pageA = ali.page;
  const pageB = maryam.page;
  await openMeeting(org, meetingId);
  await openMeeting(pageA, meetingId);
  await openMeeting(pageB, meetingId);
  await expect(stateLine(org, "در حال نگارش")).toBeVisible();
  await expect(stateLine(pageA, "در حال نگارش")).toBeVisible();
  // Only the organizer locks.
  await expect(lifecycle(pageA).getByRole("button")).toHaveCount(0);

  // A Q&A item, before the first lock, so that version 2 has an answer to change.
  await editor(pageA).getByRole("heading", { name: "پرسش و پاسخ", exact: true }).click();
  await pageA.getByRole("toolbar", { name: "درج بلوک‌ها" }).getByRole("button", { name: "افزودن پرسش و پاسخ" }).click();
  await pageA.keyboard.type(QUESTION);
  await pageA.keyboard.press("Enter");
  await pageA.keyboard.type(ANSWER_V1);
  await editor(pageA).getByRole("group", { name: "پرسش و پاسخ", exact: true }).filter({ hasText: QUESTION }).getByLabel("پرسشگر").fill(ASKED_BY);
  await waitUntilSaved(pageA);
  await expect(qaAnswer(org)).toContainText(ANSWER_V1);

  // Both note-takers type a line each; the organizer locks once both lines
  // have begun to arrive (so the lock falls in the middle of the typing).
  await newLineUnder(pageA, MEETING.topics[0] ?? "");
  await newLineUnder(pageB, MEETING.topics[1] ?? "");
  await lifecycle(org).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  await lifecycle(org).getByLabel("یادداشت این نسخه (اختیاری)").fill("نسخهٔ نخست، در پایان جلسه");
  await Promise.all([
    pageA.keyboard.type(LINES.notetaker1, { delay: 25 }),
    pageB.keyboard.type(LINES.notetaker2, { delay: 25 }),
    (async () => {
      await expect(editor(org)).toContainText(LINES.notetaker1.slice(0, HEAD));
      await expect(editor(org)).toContainText(LINES.notetaker2.slice(0, HEAD));
      await lifecycle(org).getByRole("button", { name: "بله، به‌عنوان نسخهٔ ۱ قفل شود" }).click();
      await expect(lifecycle(org).getByRole("status")).toHaveText("صورت‌جلسه به‌عنوان نسخهٔ ۱ قفل شد.");
      // The server tells the editors before it answers the lock (collab-minutes-state.test.ts
      // proves the order); how soon a busy page draws it depends on the machine.
      await expect(editor(pageA)).toHaveAttribute("contenteditable", "false");
      await expect(editor(pageB)).toHaveAttribute("contenteditable", "false");
    })(),
  ]);
  await expect(stateLine(org, "قفل‌شده: نسخهٔ ۱")).toBeVisible();
  await expect(lifecycle(org)).toContainText(`قفل‌کننده: ${PEOPLE.organizer.name}.`);
  await expect(editor(org)).toHaveAttribute("contenteditable", "false");
  await pageA.screenshot({ path: `${ARTIFACTS}/meeting-locked-note-taker-fa.png`, fullPage: true });
  await org.evaluate(() => window.scrollTo(0, 0));
  await org.screenshot({ path: `${ARTIFACTS}/meeting-locked-organizer-fa.png` });

  // Version 1, read on its page (the report renderer's output).
  await org.goto(`/meetings/${meetingId}/versions/1`);
  const reportV1 = org.getByRole("region", { name: "گزارش نسخهٔ ۱" });
  await expect(reportV1.getByRole("heading", { level: 1 })).toHaveText(MEETING.title);
  await expect(reportV1).toContainText(ANSWER_V1);

  // Every character each note-taker typed is in version 1, or visibly refused.
  for (const [page, line] of [
    [pageA, LINES.notetaker1],
    [pageB, LINES.notetaker2],
  ] as const) {
    await expect(editor(page)).toHaveAttribute("contenteditable", "false");
    const inVersion = await paragraphText(reportV1, line);
    const inEditor = await paragraphText(editor(page), line);
    expect(inVersion.length).toBeGreaterThanOrEqual(HEAD);
    // Nothing garbled, nothing invented: both are the start of what was typed,
    // and the version holds no more than the editor does.
    expect(line.startsWith(inEditor)).toBe(true);
    expect(inEditor.startsWith(inVersion)).toBe(true);
    const lockedNotice = page.getByRole("status").filter({ hasText: SENTENCES.lockedBy });
    const refusedNotice = page.getByRole("alert").filter({ hasText: SENTENCES.refused });
    if (inEditor !== inVersion) {
      // Written in the editor but not in v1: the server refused it, and said so.
      await expect(refusedNotice).toBeVisible();
    } else {
      await expect(lockedNotice.or(refusedNotice)).toBeVisible();
    }
    // Typing now changes nothing.
    await editor(page).click();
    await page.keyboard.type("پس از قفل");
    await expect(editor(page)).not.toContainText("پس از قفل");
  }

  // The versions page, linked from the meeting's header.
  await org.goto(`/meetings/${meetingId}`);
  await org.getByRole("navigation", { name: "کارهای جلسه" }).getByRole("link", { name: "نسخه‌ها" }).click();
  await expect(org.getByRole("heading", { level: 1, name: "نسخه‌های صورت‌جلسه" })).toBeVisible();
  const versionOne = org.getByRole("listitem").filter({ has: org.getByRole("heading", { name: "نسخهٔ ۱", exact: true }) });
  await expect(versionOne).toContainText(PEOPLE.organizer.name);
  await expect(versionOne).toContainText("نسخهٔ نخست، در پایان جلسه");
  await expect(versionOne.locator("time")).toHaveText(/ ۱۴[۰-۹]{2}، ساعت [۰-۹:]+ \([۰-۹]+ [^ ]+ ۲۰[۰-۹]{2}\)$/);
  await expect(versionOne.getByText("بررسی شد: محتوا با اثر انگشتش می‌خواند.")).toBeVisible();
  const shortHash = versionOne.locator("code");
  await expect(shortHash).toHaveAttribute("title", /^اثر انگشت کامل: [0-9a-f]{64}$/);
  await expect(shortHash).toHaveText(/^[0-9a-f]{16}…$/);
  await expect(versionOne).toContainText("منتشر نشده");

  // The note-takers' pages were not reloaded: their state line catches up on its own.
  await expect(stateLine(pageB, "قفل‌شده: نسخهٔ ۱")).toBeVisible({ timeout: 25_000 });

  // Reopen for revision. The note-takers reload first: an editor whose typing
  // was refused keeps that text only on its screen.
  await pageA.reload();
  await pageB.reload();
  await expect(editor(pageA)).toHaveAttribute("contenteditable", "false");
  await org.goto(`/meetings/${meetingId}`);
  await reopenMinutes(org, 1);
  await expect(lifecycle(org).getByRole("status")).toHaveText("صورت‌جلسه برای بازنگری باز شد؛ قفل بعدی نسخهٔ ۲ را می‌سازد.");
  await expect(editor(pageA)).toHaveAttribute("contenteditable", "true");
  await expect(pageA.getByRole("status").filter({ hasText: "صورت‌جلسه برای بازنگری دوباره باز شد." })).toBeVisible();

  // One note-taker changes one answer: its last word, قم → تهران.
  await qaAnswer(pageA).getByText(ANSWER_V1).click();
  await pageA.keyboard.press("End");
  await pageA.keyboard.press("Backspace");
  await pageA.keyboard.press("Backspace");
  await pageA.keyboard.type("تهران");
  await expect(qaAnswer(pageA)).toContainText(ANSWER_V2);
  await waitUntilSaved(pageA);
  await expect(qaAnswer(org)).toContainText(ANSWER_V2);
  await lockMinutes(org, 2, "بازنگری پاسخ پرسش");

  // The comparison shows exactly that change: one named change, one word out, one in.
  await org.goto(`/meetings/${meetingId}/versions`);
  await org
    .getByRole("listitem")
    .filter({ has: org.getByRole("heading", { name: "نسخهٔ ۲", exact: true }) })
    .getByRole("link", { name: "مقایسه با نسخهٔ ۱" })
    .click();
  await expect(org.getByRole("heading", { level: 1, name: "مقایسهٔ نسخهٔ ۱ با نسخهٔ ۲" })).toBeVisible();
  const changes = org.getByRole("region", { name: "چه تغییر کرد" }).getByRole("listitem");
  await expect(changes).toHaveCount(1);
  await expect(changes.first()).toContainText("پاسخ پرسش تغییر کرد");
  await expect(changes.first()).toContainText(QUESTION);
  const blocks = org.getByRole("region", { name: "صورت‌جلسه، بلوک به بلوک" });
  await expect(blocks.getByRole("listitem")).toHaveCount(1);
  await expect(blocks.getByRole("heading", { name: "پرسش و پاسخ تغییرکرده" })).toBeVisible();
  // Side by side first: version 1's column holds the removed word, version 2's the added one.
  await expect(blocks.getByRole("radio", { name: "کنار هم" })).toBeChecked();
  await expect(blocks.locator("del")).toHaveCount(1);
  await expect(blocks.locator("ins")).toHaveCount(1);
  await expect(blocks.getByRole("group", { name: "نسخهٔ ۱" }).locator("del")).toHaveText("حذف‌شده: قم (پایان حذف)");
  await expect(blocks.getByRole("group", { name: "نسخهٔ ۲" }).locator("ins")).toHaveText("افزوده: تهران (پایان افزوده)");
  await expect(blocks.locator("del")).toHaveCSS("text-decoration-line", "line-through");
  await expect(blocks.locator("ins")).toHaveCSS("text-decoration-line", "underline");
  await org.screenshot({ path: `${ARTIFACTS}/comparison-side-by-side-fa.png`, fullPage: true });
  await blocks.getByRole("radio", { name: "در یک ستون" }).check();
  await expect(blocks.getByRole("group", { name: "نسخهٔ ۱" })).toHaveCount(0);
  await expect(blocks.locator("del")).toHaveCount(1);
  await expect(blocks.locator("ins")).toHaveCount(1);
  await expect(blocks.locator(".diff-text").filter({ has: org.locator("ins") })).toHaveText(
    "دوره‌های مشترک آموزشی هر ماه در حذف‌شده: قم (پایان حذف)افزوده: تهران (پایان افزوده)",
  );
  await org.screenshot({ path: `${ARTIFACTS}/comparison-inline-fa.png`, fullPage: true });
  // The whole minutes: the unchanged blocks too, the one change still alone.
  await blocks.getByRole("radio", { name: "همهٔ صورت‌جلسه" }).check();
  expect(await blocks.getByRole("listitem").count()).toBeGreaterThan(5);
  await expect(blocks.locator("ins")).toHaveCount(1);
  // In the English UI, the named change is in English.
  await org.getByRole("group", { name: "زبان" }).getByRole("button", { name: "English" }).click();
  await expect(org.getByRole("heading", { level: 1, name: "Version 1 compared with version 2" })).toBeVisible();
  await expect(org.getByRole("region", { name: "What changed" }).getByRole("listitem")).toHaveText([new RegExp(`^Q&A answer changed${QUESTION}$`)]);
  await org.getByRole("group", { name: "Language" }).getByRole("button", { name: "فارسی" }).click();
  await expect(org.locator("html")).toHaveAttribute("lang", "fa");

  // Publish version 2; a fresh browser with no cookies and no JavaScript reads it.
  const linkV2 = await publishVersion(org, meetingId, 2);
  await org.screenshot({ path: `${ARTIFACTS}/version-2-page-fa.png`, fullPage: true });
  await org.goto(`/meetings/${meetingId}`);
  await expect(stateLine(org, "منتشرشده: نسخهٔ ۲")).toBeVisible();
  const reader = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1100, height: 1400 } });
  expect(await reader.cookies()).toEqual([]);
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(linkV2);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).not.toContain("script-src");
  const html = (await response?.text()) ?? "";
  expect(html).toMatch(/<meta name="robots" content="noindex/);
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(MEETING.title);
  await expect(readerPage.getByRole("heading", { name: MEETING.topics[0] })).toBeVisible();
  await expect(readerPage.locator(".kateb-report")).toContainText(ANSWER_V2);
  await expect(readerPage.locator(".kateb-report")).toContainText(QUESTION);
  await expect(readerPage.locator(".kateb-report")).toContainText("نسخهٔ ۲");
  await expect(readerPage.getByRole("note")).toHaveCount(0);
  await readerPage.screenshot({ path: `${ARTIFACTS}/published-report-fa.png`, fullPage: true });
  await readerPage.pdf({ path: `${ARTIFACTS}/published-report-fa.pdf`, format: "A4", printBackground: true });

  // Version 3: reopen, a note-taker adds a line, lock, publish.
  await reopenMinutes(org, 2);
  await expect(editor(pageB)).toHaveAttribute("contenteditable", "true");
  await newLineUnder(pageB, MEETING.topics[1] ?? "");
  await pageB.keyboard.type(ADDED_IN_V3);
  await waitUntilSaved(pageB);
  await expect(editor(org)).toContainText(ADDED_IN_V3);
  await lockMinutes(org, 3, "افزودن گزارش تکمیلی");
  const linkV3 = await publishVersion(org, meetingId, 3);
  expect(linkV3).not.toBe(linkV2);

  // The version 2 link still shows version 2, with a banner leading to version 3.
  await readerPage.goto(linkV2);
  const banner = readerPage.getByRole("note");
  await expect(banner).toContainText("نسخهٔ تازه‌تری از این گزارش منتشر شده است.");
  await expect(banner.getByRole("link", { name: "خواندن نسخهٔ ۳" })).toHaveAttribute("href", linkV3);
  await expect(readerPage.locator(".kateb-report")).not.toContainText(ADDED_IN_V3);
  await readerPage.screenshot({ path: `${ARTIFACTS}/published-report-superseded-fa.png`, fullPage: true });
  await banner.getByRole("link", { name: "خواندن نسخهٔ ۳" }).click();
  await expect(readerPage).toHaveURL(new RegExp(`${linkV3}$`));
  await expect(readerPage.locator(".kateb-report")).toContainText(ADDED_IN_V3);

  // Revoking the version 3 link: it answers 404 and shows nothing of the report.
  const panel = org.getByRole("region", { name: "انتشار" });
  await panel.getByRole("button", { name: "لغو پیوند" }).click();
  await expect(panel.getByText("این پیوند لغو شود؟", { exact: false })).toBeVisible();
  await panel.getByRole("button", { name: "بله، لغو شود" }).click();
  await expect(panel.getByRole("status").last()).toHaveText("پیوند لغو شد؛ اکنون «یافت نشد» پاسخ می‌دهد.");
  await expect(panel.getByText("این نسخه پیوند فعالی ندارد.")).toBeVisible();
  const revoked = await readerPage.goto(linkV3);
  expect(revoked?.status()).toBe(404);
  expect(await revoked?.text()).not.toContain(MEETING.title);
  await expect(readerPage.locator(".kateb-report")).toHaveCount(0);
  // The version 2 link is no longer superseded by a live link.
  await readerPage.goto(linkV2);
  await expect(readerPage.getByRole("note")).toHaveCount(0);

  // The list shows each version's publication state.
  await org.goto(`/meetings/${meetingId}/versions`);
  const card = (version: string) => org.getByRole("listitem").filter({ has: org.getByRole("heading", { name: `نسخهٔ ${version}`, exact: true }) });
  await expect(card("۳")).toContainText("منتشر نشده");
  await expect(card("۲").getByRole("link", { name: new RegExp(`${linkV2}$`) })).toBeVisible();
  await expect(org.getByText("بررسی شد: محتوا با اثر انگشتش می‌خواند.")).toHaveCount(3);
  await org.screenshot({ path: `${ARTIFACTS}/versions-list-fa.png`, fullPage: true });

  // Someone who is not a member sees only "not found".
  const outsider = await signedInSession(browser, baseURL, PEOPLE.outsider.email);
  for (const path of ["versions", "versions/2", "versions/compare?from=1&to=2"]) {
    const answer = await outsider.page.goto(`/meetings/${meetingId}/${path}`);
    expect(answer?.status()).toBe(404);
    await expect(outsider.page.getByRole("heading", { name: "صفحه یافت نشد" })).toBeVisible();
  }

  for (const context of [organizer.context, ali.context, maryam.context, reader, outsider.context]) await context.close();
});
