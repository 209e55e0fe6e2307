// Issue 3's "Done when", end to end, in the Persian and then the English UI:
// the organizer creates a meeting with three agenda topics and a guest through
// the new-meeting page and adds its members (a user with no role gets a 404
// first); two note-takers fill a presentation section, add a Q&A item, a
// proposal with a category and a follow-up with a Jalali due date, each seeing
// the other's changes live; the reviewer and the viewer cannot change the
// minutes: their editor is not editable, typing does nothing, and a Yjs update
// forged over their own WebSocket is refused by the server (closed 4403) and
// never reaches anyone. The same forged bytes sent by a note-taker do arrive,
// so their absence is the server's refusal, not a message that could not work.
//
// Each run creates and uses only its own meeting; the sample meeting and the
// demo users' roles in it are left alone.
import type { Browser, BrowserContext } from "@playwright/test";
import { CloseCode, MessageType } from "@/lib/collab-protocol";
import { expect, signIn, test, type Page } from "./fixtures";
import { forgedParagraph, storedMinutes } from "./forged-updates";
import { DEMO_PEOPLE as PEOPLE, meetingFormLabels, SAMPLE_SERIES as SERIES, signInLabels } from "./meeting-page";

const SHOTS = "test-results/screenshots";

/** The minutes are written in Persian whichever the UI language; so are the
 * section headings the server puts in them. */
const MINUTES = {
  topics: ["کودکان و نوجوانان در معرض آسیب", "امور فرهنگی و آموزش طلاب", "کارکرد اورژانس اجتماعی"],
  guest: { name: "دکتر حبیب‌الله مسعودی فرید", position: "معاون امور فرهنگی و اجتماعی", organisation: "سازمان بهزیستی کشور" },
  place: "قم، دفتر کمیسیون حقوق بشر اسلامی",
  presentation: "مهمان از برنامهٔ بهزیستی برای شناسایی زودهنگام کودکان در معرض آسیب در مدارس قم گزارش داد.",
  question: "سهم حوزهٔ علمیه در آموزش مددکاران اورژانس اجتماعی چیست؟",
  askedBy: "دکتر رضا موسوی",
  answer: "دوره‌های مشترک آموزشی با همکاری حوزه در قم برگزار می‌شود.",
  proposal: "پژوهش مشترک دربارهٔ اثر مشاورهٔ حوزوی بر کاهش طلاق.",
  category: "پژوهش‌های مورد نیاز",
  followUp: "ارسال فهرست طلاب داوطلب به اورژانس اجتماعی استان قم",
  body: "ادارهٔ کل بهزیستی استان قم",
  headings: { qa: "پرسش و پاسخ", proposals: "پیشنهادها", followUps: "پیگیری‌ها" },
};

/** What the pages say, in each UI language. */
const FA = {
  locale: "fa",
  dir: "rtl",
  title: "جلسهٔ گفت‌وگو با معاون بهزیستی (آزمون فارسی)",
  signIn: signInLabels("fa"),
  form: {
    ...meetingFormLabels("fa"),
    monthName: "اردیبهشت",
  },
  members: {
    heading: "اعضای جلسه",
    email: "ایمیل",
    role: "نقش",
    add: "افزودن عضو",
    roles: { "note-taker": "صورت‌جلسه‌نویس", reviewer: "بازبین", viewer: "بیننده" },
    added: (name: string, role: string) => `${name} با نقش ${role} به جلسه افزوده شد.`,
  },
  notFound: "صفحه یافت نشد",
  editor: "متن صورت‌جلسه",
  connection: "وضعیت اتصال",
  connected: "متصل",
  saved: "همهٔ تغییرات ذخیره شد",
  readOnly: "فقط خواندنی: شما این صورت‌جلسه را می‌بینید، اما نمی‌توانید آن را ویرایش کنید.",
  blocks: {
    toolbar: "درج بلوک‌ها",
    addQa: "افزودن پرسش و پاسخ",
    addProposal: "افزودن پیشنهاد",
    addFollowUp: "افزودن پیگیری",
    qa: "پرسش و پاسخ",
    question: "پرسش",
    answer: "پاسخ",
    askedBy: "پرسشگر",
    proposal: "پیشنهاد",
    category: "دسته",
    followUp: "پیگیری",
    body: "نهاد مسئول",
    due: "مهلت (شمسی)",
    dueValue: "۱۴۰۴/۰۹/۲۵",
    dueShown: "۲۵ آذر ۱۴۰۴ (۱۶ دسامبر ۲۰۲۵)",
  },
};

const EN: typeof FA = {
  locale: "en",
  dir: "ltr",
  title: "Dialogue with the Deputy of the Welfare Organisation (English test)",
  signIn: signInLabels("en"),
  form: {
    ...meetingFormLabels("en"),
    monthName: "Ordibehesht",
  },
  members: {
    heading: "Meeting members",
    email: "Email",
    role: "Role",
    add: "Add member",
    roles: { "note-taker": "Note-taker", reviewer: "Reviewer", viewer: "Viewer" },
    added: (name: string, role: string) => `${name} was added with the role ${role}.`,
  },
  notFound: "Page not found",
  editor: "Minutes text",
  connection: "Connection status",
  connected: "Connected",
  saved: "All changes saved",
  readOnly: "Read only: you can read these minutes but not edit them.",
  blocks: {
    toolbar: "Insert blocks",
    addQa: "Add Q&A item",
    addProposal: "Add proposal",
    addFollowUp: "Add follow-up",
    qa: "Q&A item",
    question: "Question",
    answer: "Answer",
    askedBy: "Asked by",
    proposal: "Proposal",
    category: "Category",
    followUp: "Follow-up",
    body: "Responsible body",
    due: "Due date (Jalali)",
    dueValue: "1404/09/25",
    dueShown: "25 Azar 1404 (16 December 2025)",
  },
};

type Ui = typeof FA;

/** A y-websocket sync "update" message ([0, 2, update]) that adds a paragraph
 * holding `text` to the minutes, from a Yjs client the server has never seen. */
/** How a raw connection opened from a page ended: closed by the server with a
 * code, or every message acknowledged as saved (then closed by us). */
type RawOutcome = { closedWith: number } | { saved: number } | { timedOut: true };

/** From inside `page` (its cookies, its origin): asks for a collaboration ticket
 * for the meeting, opens a WebSocket to the minutes with it, sends `messages`
 * as they are, and reports what the server did. */
async function sendRaw(page: Page, meetingId: string, messages: number[][]): Promise<RawOutcome> {
  return page.evaluate(
    async ({ meetingId, messages, savedType }) => {
      const response = await fetch("/api/collab-token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ meetingId }),
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`/api/collab-token answered HTTP ${response.status}`);
      const { token, docName } = (await response.json()) as { token: string; docName: string };
      // ack=1, as Kateb's editor asks: a writer's connection is then told when its
      // messages are saved (the control below); a read-only one is refused all the same.
      const ws = new WebSocket(`ws://${location.host}/collab/${docName}?token=${encodeURIComponent(token)}&ack=1`);
      ws.binaryType = "arraybuffer";
      return new Promise<RawOutcome>((resolve) => {
        // Not a wait for something to happen: a bound on a server that never answers.
        const giveUp = setTimeout(() => {
          resolve({ timedOut: true });
          ws.close();
        }, 5_000);
        ws.onopen = () => {
          for (const message of messages) ws.send(new Uint8Array(message));
        };
        ws.onmessage = (event: MessageEvent<ArrayBuffer>) => {
          const bytes = new Uint8Array(event.data);
          // [100, n]: the first n sync messages of this connection are committed (n < 128 here).
          if (bytes[0] === savedType && (bytes[1] ?? 0) >= messages.length) {
            clearTimeout(giveUp);
            resolve({ saved: bytes[1] ?? 0 });
            ws.close();
          }
        };
        ws.onclose = (event) => {
          clearTimeout(giveUp);
          resolve({ closedWith: event.code });
        };
      });
    },
    { meetingId, messages, savedType: MessageType.saved },
  );
}

async function signedInContext(browser: Browser, baseURL: string | undefined, ui: Ui, email: string): Promise<{ context: BrowserContext; page: Page }> {
  if (!baseURL) throw new Error("no baseURL");
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  await context.addCookies([{ name: "kateb-locale", value: ui.locale, url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, email, ui.signIn);
  return { context, page };
}

async function createMeeting(page: Page, ui: Ui): Promise<string> {
  const form = ui.form;
  await page.goto("/meetings/new");
  await expect(page.getByRole("heading", { level: 1, name: form.heading })).toBeVisible();
  await page.getByLabel(form.series, { exact: true }).selectOption({ label: SERIES });
  await page.getByLabel(form.title, { exact: true }).fill(ui.title);
  await page.getByLabel(form.day, { exact: true }).selectOption("15");
  await page.getByLabel(form.month, { exact: true }).selectOption({ label: form.monthName });
  await page.getByLabel(form.year, { exact: true }).fill("1405");
  await page.getByLabel(form.hour, { exact: true }).selectOption("10");
  await page.getByLabel(form.minute, { exact: true }).selectOption("30");
  await page.getByLabel(form.place, { exact: true }).fill(MINUTES.place);

  await page.getByRole("button", { name: form.addGuest }).click();
  const guest = page.getByRole("group", { name: form.guest(1) });
  await guest.getByLabel(form.name, { exact: true }).fill(MINUTES.guest.name);
  await guest.getByLabel(form.position, { exact: true }).fill(MINUTES.guest.position);
  await guest.getByLabel(form.organisation, { exact: true }).fill(MINUTES.guest.organisation);

  for (const [index, topic] of MINUTES.topics.entries()) {
    if (index > 0) await page.getByRole("button", { name: form.addTopic }).click();
    await page.getByLabel(form.topic(index + 1), { exact: true }).fill(topic);
  }

  await page.getByRole("button", { name: form.create }).click();
  await page.waitForURL((url) => /^\/meetings\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  await expect(page.getByRole("article", { name: ui.title })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

async function addMember(page: Page, ui: Ui, person: { email: string; name: string }, role: keyof Ui["members"]["roles"]): Promise<void> {
  const members = ui.members;
  await page.getByLabel(members.email, { exact: true }).fill(person.email);
  await page.getByLabel(members.role, { exact: true }).selectOption({ label: members.roles[role] });
  await page.getByRole("button", { name: members.add, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText(members.added(person.name, members.roles[role]));
}

async function openMeeting(page: Page, ui: Ui, meetingId: string): Promise<void> {
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", ui.locale);
  await expect(page.locator("html")).toHaveAttribute("dir", ui.dir);
  await expect(page.getByRole("article", { name: ui.title })).toBeVisible();
  await expect(page.getByRole("status", { name: ui.connection })).toContainText(ui.connected);
}

const editorOf = (page: Page, ui: Ui) => page.getByRole("textbox", { name: ui.editor });

/** Puts the cursor at the end of a heading inside the minutes. */
async function cursorAfterHeading(page: Page, ui: Ui, heading: string): Promise<void> {
  const editor = editorOf(page, ui);
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.getByRole("heading", { name: heading, exact: true }).click();
  await page.keyboard.press("End");
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const ui of [FA, EN]) {
  test(`[${ui.locale}] a dialogue session: the organizer prepares it, two note-takers write it live, the reviewer and the viewer can only read it`, async ({
    browser,
    baseURL,
  }) => {
    // Five people and a dozen page loads: more than the default minute on a 2-core machine.
    test.setTimeout(180_000);
    const blocks = ui.blocks;
    const contexts: BrowserContext[] = [];
    const signedIn = async (email: string): Promise<Page> => {
      const { context, page } = await signedInContext(browser, baseURL, ui, email);
      contexts.push(context);
      return page;
    };

    // 1. The organizer creates the meeting through the page, then adds its members;
    // before the viewer is added, the meeting does not exist for them.
    const organizer = await signedIn(PEOPLE.organizer.email);
    const meetingId = await createMeeting(organizer, ui);
    await organizer.goto(`/meetings/${meetingId}/members`);
    await expect(organizer.getByRole("heading", { level: 1, name: ui.members.heading })).toBeVisible();
    await addMember(organizer, ui, PEOPLE.notetaker1, "note-taker");
    await addMember(organizer, ui, PEOPLE.notetaker2, "note-taker");
    await addMember(organizer, ui, PEOPLE.reviewer, "reviewer");

    const viewer = await signedIn(PEOPLE.viewer.email);
    const refused = await viewer.goto(`/meetings/${meetingId}`);
    expect(refused?.status()).toBe(404);
    await expect(viewer.getByRole("heading", { level: 1, name: ui.notFound })).toBeVisible();
    await expect(viewer.getByText(ui.title)).toHaveCount(0);
    await addMember(organizer, ui, PEOPLE.viewer, "viewer");

    // 2. Two note-takers write the minutes; each sees the other's changes live.
    const ali = await signedIn(PEOPLE.notetaker1.email);
    const maryam = await signedIn(PEOPLE.notetaker2.email);
    await openMeeting(ali, ui, meetingId);
    await openMeeting(maryam, ui, meetingId);

    // Ali: a paragraph in the first agenda topic's presentation section.
    await cursorAfterHeading(ali, ui, MINUTES.topics[0] ?? "");
    await ali.keyboard.press("Enter");
    await ali.keyboard.type(MINUTES.presentation);
    // In Maryam's page, between the first topic's heading and the second's.
    const inFirstTopic = new RegExp(
      `${escapeRegExp(MINUTES.topics[0] ?? "")}.*${escapeRegExp(MINUTES.presentation)}.*${escapeRegExp(MINUTES.topics[1] ?? "")}`,
      "s",
    );
    await expect(editorOf(maryam, ui)).toContainText(inFirstTopic);

    // Maryam: a Q&A item, a proposal with a category and a follow-up with a due date.
    const toolbar = maryam.getByRole("toolbar", { name: blocks.toolbar });
    const qaItem = (page: Page) => editorOf(page, ui).getByRole("group", { name: blocks.qa, exact: true }).filter({ hasText: MINUTES.question });
    const proposal = (page: Page) => editorOf(page, ui).getByRole("group", { name: blocks.proposal, exact: true }).filter({ hasText: MINUTES.proposal });
    const followUp = (page: Page) => editorOf(page, ui).getByRole("group", { name: blocks.followUp, exact: true }).filter({ hasText: MINUTES.followUp });

    await cursorAfterHeading(maryam, ui, MINUTES.headings.qa);
    await toolbar.getByRole("button", { name: blocks.addQa }).click();
    await maryam.keyboard.type(MINUTES.question);
    await maryam.keyboard.press("Enter");
    await maryam.keyboard.type(MINUTES.answer);
    await qaItem(maryam).getByLabel(blocks.askedBy, { exact: true }).fill(MINUTES.askedBy);

    await cursorAfterHeading(maryam, ui, MINUTES.headings.proposals);
    await toolbar.getByRole("button", { name: blocks.addProposal }).click();
    await maryam.keyboard.type(MINUTES.proposal);
    await proposal(maryam).getByLabel(blocks.category, { exact: true }).selectOption({ label: MINUTES.category });

    await cursorAfterHeading(maryam, ui, MINUTES.headings.followUps);
    await toolbar.getByRole("button", { name: blocks.addFollowUp }).click();
    await maryam.keyboard.type(MINUTES.followUp);
    await followUp(maryam).getByLabel(blocks.body, { exact: true }).fill(MINUTES.body);
    const due = followUp(maryam).getByLabel(blocks.due, { exact: true });
    await due.fill(blocks.dueValue);
    await due.press("Enter");
    await expect(followUp(maryam)).toContainText(blocks.dueShown);

    // Live in Ali's page.
    await expect(qaItem(ali).getByRole("group", { name: blocks.question, exact: true })).toContainText(MINUTES.question);
    await expect(qaItem(ali).getByRole("group", { name: blocks.answer, exact: true })).toContainText(MINUTES.answer);
    await expect(qaItem(ali).getByLabel(blocks.askedBy, { exact: true })).toHaveValue(MINUTES.askedBy);
    await expect(proposal(ali).getByLabel(blocks.category, { exact: true }).locator("option:checked")).toHaveText(MINUTES.category);
    await expect(followUp(ali).getByLabel(blocks.body, { exact: true })).toHaveValue(MINUTES.body);
    await expect(followUp(ali).getByLabel(blocks.due, { exact: true })).toHaveValue(blocks.dueValue);
    await expect(followUp(ali)).toContainText(blocks.dueShown);
    await expect(editorOf(ali, ui)).toContainText(inFirstTopic);

    await expect(maryam.getByRole("status", { name: ui.connection })).toContainText(ui.saved);
    await expect(ali.getByRole("status", { name: ui.connection })).toContainText(ui.saved);
    await ali.evaluate(() => window.scrollTo(0, 0));
    await ali.screenshot({ path: `${SHOTS}/dialogue-session-${ui.locale}.png`, fullPage: true });

    // 3. The reviewer and the viewer read the minutes and cannot change them.
    const hassan = await signedIn(PEOPLE.reviewer.email);
    // Valid edits (a paragraph in the Q&A section's body), made outside any browser.
    const base = await storedMinutes(ali, meetingId);
    const forged = {
      reviewer: forgedParagraph(base, "متن جعلی از اتصال بازبین"),
      viewer: forgedParagraph(base, "متن جعلی از اتصال بیننده"),
    };
    base.destroy();
    const typed = { reviewer: "تایپ بازبین", viewer: "تایپ بیننده" };
    for (const [who, page] of [
      ["reviewer", hassan],
      ["viewer", viewer],
    ] as const) {
      await openMeeting(page, ui, meetingId);
      const editor = editorOf(page, ui);
      await expect(editor).toContainText(MINUTES.presentation);
      await expect(followUp(page)).toContainText(blocks.dueShown);
      await expect(editor).toHaveAttribute("contenteditable", "false");
      await expect(page.getByText(ui.readOnly)).toBeVisible();
      await expect(page.getByRole("toolbar", { name: blocks.toolbar })).toHaveCount(0);

      // Typing does nothing.
      const before = await editor.innerText();
      await editor.getByText(MINUTES.presentation).click();
      await page.keyboard.press("End");
      await page.keyboard.type(typed[who]);
      await page.keyboard.press("Enter");
      await page.keyboard.press("Backspace");
      await expect(editor).not.toContainText(typed[who]);
      expect(await editor.innerText()).toBe(before);

      // A forged update over a WebSocket of their own is refused, and the page's
      // own connection is still there.
      expect(await sendRaw(page, meetingId, [forged[who]])).toEqual({ closedWith: CloseCode.readOnly });
      await expect(page.getByRole("status", { name: ui.connection })).toContainText(ui.connected);
    }

    // Nothing of it reached the server: the minutes as stored, reloaded by a note-taker.
    await ali.reload();
    await expect(ali.getByRole("status", { name: ui.connection })).toContainText(ui.connected);
    const stored = editorOf(ali, ui);
    await expect(stored).toContainText(inFirstTopic);
    await expect(followUp(ali)).toContainText(blocks.dueShown);
    for (const text of ["متن جعلی", typed.reviewer, typed.viewer]) await expect(stored).not.toContainText(text);
    await expect(editorOf(maryam, ui)).not.toContainText("متن جعلی");

    // The control: the very same bytes from a note-taker's connection are
    // accepted, and arrive in the other note-taker's editor.
    expect(await sendRaw(ali, meetingId, [forged.reviewer, forged.viewer])).toEqual({ saved: 2 });
    await expect(editorOf(maryam, ui)).toContainText("متن جعلی از اتصال بازبین");
    await expect(editorOf(maryam, ui)).toContainText("متن جعلی از اتصال بیننده");

    for (const context of contexts) await context.close();
  });
}
