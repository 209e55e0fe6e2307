// The organizer prepares a meeting and its members through the pages, in the
// Persian and the English UI: a Jalali date with its Gregorian date alongside,
// three agenda topics and a guest, clear messages for a duplicate topic and a
// date the calendar does not have, members with each role, and a 404 for a
// user with no role.
import type { Browser } from "@playwright/test";
import { expect, signIn, test, type Page } from "./fixtures";
import { DEMO_PEOPLE as PEOPLE, meetingFormLabels, SAMPLE_SERIES as SERIES, signInLabels } from "./meeting-page";

const SHOTS = "test-results/screenshots";

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

/** What the pages say, in each UI language. */
const UI = {
  fa: {
    locale: "fa",
    signIn: signInLabels("fa"),
    newMeeting: "جلسهٔ تازه",
    ...meetingFormLabels("fa"),
    esfand: "اسفند",
    preview: "در هر دو تقویم:",
    previewNone: "تاریخ و ساعت معتبری وارد کنید",
    gregorian: "۲۰ مارس ۲۰۳۰",
    moveUp: (n: number) => `بالا: موضوع ${persianDigits(n)}`,
    save: "ذخیرهٔ تغییرات",
    notSaved: "چیزی ذخیره نشد",
    duplicate: "این موضوع پیش‌تر در دستور جلسه آمده است.",
    notInCalendar: /این تاریخ در تقویم هجری شمسی وجود ندارد/,
    upcoming: "جلسه‌های پیش رو",
    manageMembers: "مدیریت اعضا",
    editDetails: "ویرایش مشخصات",
    membersTitle: "اعضای جلسه",
    memberEmail: "ایمیل",
    memberRole: "نقش",
    addMember: "افزودن عضو",
    roles: { organizer: "برگزارکننده", "note-taker": "صورت‌جلسه‌نویس", reviewer: "بازبین", viewer: "بیننده" },
    added: (name: string, role: string) => `${name} با نقش ${role} به جلسه افزوده شد.`,
    already: "این کاربر پیش‌تر عضو این جلسه شده است.",
    noUser: "کسی با این نشانی ایمیل حساب ندارد. از یکی از مدیران سامانه بخواهید او را دعوت کند.",
    roleOf: (name: string) => `نقش ${name}`,
    changeRoleOf: (name: string) => `تغییر نقش ${name}`,
    lastOrganizer: /هر جلسه دست‌کم یک برگزارکننده لازم دارد/,
    removeOf: (name: string) => `حذف ${name} از جلسه`,
    confirmYes: "بله، حذف شود",
    removed: (name: string) => `${name} از جلسه حذف شد.`,
    notFound: "صفحه یافت نشد",
    organizerOnly: "فقط برگزارکننده می‌تواند این جلسه را ویرایش کند",
    readOnly: "فقط برگزارکنندهٔ جلسه می‌تواند اعضا و نقش‌ها را تغییر دهد.",
  },
  en: {
    locale: "en",
    signIn: signInLabels("en"),
    newMeeting: "New meeting",
    ...meetingFormLabels("en"),
    esfand: "Esfand",
    preview: "In both calendars:",
    previewNone: "Enter a valid date and time",
    gregorian: "20 March 2030",
    moveUp: (n: number) => `Up: Topic ${n}`,
    save: "Save changes",
    notSaved: "Nothing was saved",
    duplicate: "This topic is already on the agenda.",
    notInCalendar: /This date does not exist in the Jalali calendar/,
    upcoming: "Upcoming meetings",
    manageMembers: "Manage members",
    editDetails: "Edit details",
    membersTitle: "Meeting members",
    memberEmail: "Email",
    memberRole: "Role",
    addMember: "Add member",
    roles: { organizer: "Organizer", "note-taker": "Note-taker", reviewer: "Reviewer", viewer: "Viewer" },
    added: (name: string, role: string) => `${name} was added with the role ${role}.`,
    already: "This user is already a member of this meeting.",
    noUser: "No one has an account with this email address. Ask an administrator to invite them.",
    roleOf: (name: string) => `Role of ${name}`,
    changeRoleOf: (name: string) => `Change role of ${name}`,
    lastOrganizer: /A meeting needs at least one organizer/,
    removeOf: (name: string) => `Remove ${name} from the meeting`,
    confirmYes: "Yes, remove",
    removed: (name: string) => `${name} was removed from the meeting.`,
    notFound: "Page not found",
    organizerOnly: "Only the organizer can edit this meeting",
    readOnly: "Only the meeting's organizer can change its members and roles.",
  },
} as const;

type Ui = (typeof UI)[keyof typeof UI];

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole("group", { name: "زبان" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("group", { name: "Language" })).toBeVisible();
}

/** Fills the new-meeting form with a duplicate topic and 30 Esfand 1398, checks the
 * messages, fixes both (1408 is a leap year) and creates the meeting. Returns its id. */
async function createMeeting(page: Page, ui: Ui, title: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: ui.newMeeting, exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: ui.newMeeting })).toBeVisible();

  await page.getByLabel(ui.series, { exact: true }).selectOption({ label: SERIES });
  await page.getByLabel(ui.title, { exact: true }).fill(title);
  await page.getByLabel(ui.day, { exact: true }).selectOption("30");
  await page.getByLabel(ui.month, { exact: true }).selectOption({ label: ui.esfand });
  await page.getByLabel(ui.year, { exact: true }).fill("1398");
  await page.getByLabel(ui.hour, { exact: true }).selectOption("17");
  await page.getByLabel(ui.minute, { exact: true }).selectOption("30");
  const preview = page.getByRole("status", { name: ui.preview });
  await expect(preview).toContainText(ui.previewNone);
  await page.getByLabel(ui.place, { exact: true }).fill("قم، دفتر کمیسیون حقوق بشر اسلامی");

  await page.getByRole("button", { name: ui.addGuest }).click();
  const guest = page.getByRole("group", { name: ui.guest(1) });
  await expect(guest.getByLabel(ui.name, { exact: true })).toBeFocused();
  await guest.getByLabel(ui.name, { exact: true }).fill("دکتر حبیب‌الله مسعودی فرید");
  await guest.getByLabel(ui.position, { exact: true }).fill("معاون امور فرهنگی و اجتماعی");
  await guest.getByLabel(ui.organisation, { exact: true }).fill("سازمان بهزیستی کشور");

  await page.getByLabel(ui.topic(1), { exact: true }).fill("کودکان و نوجوانان");
  await page.getByRole("button", { name: ui.addTopic }).click();
  await page.getByLabel(ui.topic(2), { exact: true }).fill("امور فرهنگی");
  await page.getByRole("button", { name: ui.addTopic }).click();
  // The same topic typed with an Arabic yeh: still the same topic.
  await page.getByLabel(ui.topic(3), { exact: true }).fill("امور فرهنگي");

  await page.getByRole("button", { name: ui.create }).click();
  await expect(page.getByRole("alert").filter({ hasText: ui.notSaved })).toBeVisible();
  const third = page.getByLabel(ui.topic(3), { exact: true });
  await expect(third).toHaveAttribute("aria-invalid", "true");
  await expect(third).toHaveAccessibleDescription(ui.duplicate);
  const day = page.getByLabel(ui.day, { exact: true });
  await expect(day).toHaveAttribute("aria-invalid", "true");
  await expect(day).toHaveAccessibleDescription(ui.notInCalendar);
  await expect(day).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/meetings-new-errors-${ui.locale}.png`, fullPage: true });
  await expect(page).toHaveURL(/\/meetings\/new$/);

  await third.fill("کارکرد اورژانس اجتماعی");
  await expect(third).not.toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(ui.year, { exact: true }).fill("1408");
  await expect(preview).toContainText(ui.gregorian);
  await page.screenshot({ path: `${SHOTS}/meetings-new-${ui.locale}.png`, fullPage: true });

  await page.getByRole("button", { name: ui.create }).click();
  await page.waitForURL(/\/meetings\/[A-Za-z0-9_-]+$/);
  // The page's own title: the minutes' header, once the editor has loaded, holds the title too.
  await expect(page.locator("#meeting-title")).toHaveText(title);
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(id).not.toBe("new");
  return id;
}

async function addMember(page: Page, ui: Ui, email: string, role: keyof Ui["roles"]): Promise<void> {
  await page.getByLabel(ui.memberEmail, { exact: true }).fill(email);
  await page.getByLabel(ui.memberRole, { exact: true }).selectOption({ label: ui.roles[role] });
  await page.getByRole("button", { name: ui.addMember, exact: true }).click();
}

async function signedInAs(browser: Browser, baseURL: string | undefined, ui: Ui, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  if (ui.locale === "en" && baseURL) {
    await context.addCookies([{ name: "kateb-locale", value: "en", url: baseURL }]);
  }
  const page = await context.newPage();
  await signIn(page, email, ui.signIn);
  return page;
}

async function expectNotFound(page: Page, ui: Ui, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: ui.notFound })).toBeVisible();
}

async function manageMembers(page: Page, ui: Ui, meetingId: string, browser: Browser, baseURL: string | undefined) {
  // Before being added, the viewer cannot tell that the meeting exists.
  const viewer = await signedInAs(browser, baseURL, ui, PEOPLE.viewer.email);
  await expectNotFound(viewer, ui, `/meetings/${meetingId}`);
  await expectNotFound(viewer, ui, `/meetings/${meetingId}/members`);
  await expectNotFound(viewer, ui, `/meetings/${meetingId}/edit`);

  await page.goto(`/meetings/${meetingId}/members`);
  await expect(page.getByRole("heading", { level: 1, name: ui.membersTitle })).toBeVisible();
  const status = page.getByRole("status").filter({ hasText: /\S/ });

  await addMember(page, ui, PEOPLE.notetaker1.email, "note-taker");
  await expect(status).toHaveText(ui.added(PEOPLE.notetaker1.name, ui.roles["note-taker"]));
  await addMember(page, ui, PEOPLE.notetaker2.email, "note-taker");
  await expect(status).toHaveText(ui.added(PEOPLE.notetaker2.name, ui.roles["note-taker"]));
  await addMember(page, ui, PEOPLE.reviewer.email, "reviewer");
  await expect(status).toHaveText(ui.added(PEOPLE.reviewer.name, ui.roles.reviewer));

  // Added twice, and an address no one has: the API's sentences, beside the email.
  const email = page.getByLabel(ui.memberEmail, { exact: true });
  await addMember(page, ui, PEOPLE.notetaker1.email, "reviewer");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(ui.already);
  await expect(email).toBeFocused();
  await addMember(page, ui, "nobody@kateb.local", "viewer");
  await expect(email).toHaveAccessibleDescription(ui.noUser);

  await addMember(page, ui, PEOPLE.viewer.email, "viewer");
  await expect(status).toHaveText(ui.added(PEOPLE.viewer.name, ui.roles.viewer));
  for (const [person, role] of [
    [PEOPLE.organizer, "organizer"],
    [PEOPLE.notetaker1, "note-taker"],
    [PEOPLE.notetaker2, "note-taker"],
    [PEOPLE.reviewer, "reviewer"],
    [PEOPLE.viewer, "viewer"],
  ] as const) {
    await expect(page.getByLabel(ui.roleOf(person.name), { exact: true })).toHaveValue(role);
  }
  await page.screenshot({ path: `${SHOTS}/meetings-members-${ui.locale}.png`, fullPage: true });

  // The last organizer keeps the role.
  await page.getByLabel(ui.roleOf(PEOPLE.organizer.name), { exact: true }).selectOption({ label: ui.roles.viewer });
  await page.getByRole("button", { name: ui.changeRoleOf(PEOPLE.organizer.name) }).click();
  await expect(page.getByLabel(ui.roleOf(PEOPLE.organizer.name), { exact: true })).toHaveAccessibleDescription(
    ui.lastOrganizer,
  );
  await page.getByLabel(ui.roleOf(PEOPLE.organizer.name), { exact: true }).selectOption({ label: ui.roles.organizer });
  await expect(page.getByLabel(ui.roleOf(PEOPLE.organizer.name), { exact: true })).not.toHaveAttribute("aria-invalid");

  // Now a member, the viewer opens the meeting, reads the members and may not edit.
  await viewer.goto(`/meetings/${meetingId}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await viewer.goto(`/meetings/${meetingId}/members`);
  await expect(viewer.getByText(ui.readOnly)).toBeVisible();
  await expect(viewer.getByRole("button", { name: ui.addMember })).toHaveCount(0);
  await expect(viewer.getByRole("row", { name: new RegExp(PEOPLE.notetaker1.name) })).toContainText(ui.roles["note-taker"]);
  await viewer.goto(`/meetings/${meetingId}/edit`);
  await expect(viewer.getByRole("heading", { level: 1, name: ui.organizerOnly })).toBeVisible();
  await viewer.context().close();
}

test("in Persian, the organizer creates a meeting with a guest and three topics, then adds its members", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, PEOPLE.organizer.email);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const title = "گفت‌وگو با معاون امور فرهنگی و اجتماعی بهزیستی";
  const meetingId = await createMeeting(page, UI.fa, title);

  await page.goto("/");
  const upcoming = page.getByRole("region", { name: UI.fa.upcoming });
  await expect(upcoming.getByRole("link", { name: title })).toBeVisible();
  await expect(upcoming).toContainText("۳۰ اسفند ۱۴۰۸");
  await expect(upcoming).toContainText("۲۰ مارس ۲۰۳۰");

  await manageMembers(page, UI.fa, meetingId, browser, baseURL);

  // A note-taker leaves: confirmed first.
  await page.getByRole("button", { name: UI.fa.removeOf(PEOPLE.notetaker2.name) }).click();
  await page.getByRole("button", { name: UI.fa.confirmYes }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText(UI.fa.removed(PEOPLE.notetaker2.name));
  await expect(page.getByLabel(UI.fa.roleOf(PEOPLE.notetaker2.name), { exact: true })).toHaveCount(0);
});

test("in Persian, editing a meeting keeps its topics, in the new order", async ({ page }) => {
  await signIn(page, PEOPLE.organizer.email);
  const meetingId = await createMeeting(page, UI.fa, "جلسهٔ ویرایش دستور");
  await page.goto(`/meetings/${meetingId}/edit`);
  await expect(page.getByLabel(UI.fa.title, { exact: true })).toHaveValue("جلسهٔ ویرایش دستور");
  await expect(page.getByRole("group", { name: UI.fa.guest(1) }).getByLabel(UI.fa.name, { exact: true })).toHaveValue(
    "دکتر حبیب‌الله مسعودی فرید",
  );
  await page.getByRole("button", { name: UI.fa.moveUp(3), exact: true }).click();
  await page.getByRole("button", { name: UI.fa.addTopic }).click();
  await page.getByLabel(UI.fa.topic(4), { exact: true }).fill("توانمندسازی زنان سرپرست خانوار");
  await page.getByRole("button", { name: UI.fa.save }).click();
  await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
  await page.goto(`/meetings/${meetingId}/edit`);
  const topics = ["کودکان و نوجوانان", "کارکرد اورژانس اجتماعی", "امور فرهنگی", "توانمندسازی زنان سرپرست خانوار"];
  for (const [index, topic] of topics.entries()) {
    await expect(page.getByLabel(UI.fa.topic(index + 1), { exact: true })).toHaveValue(topic);
  }
});

test("a new series gets the default categories, which its organizer reorders, renames and extends", async ({ page }) => {
  await signIn(page, PEOPLE.organizer.email);
  await page.getByRole("navigation", { name: "ناوبری اصلی" }).getByRole("link", { name: "مجموعه‌ها" }).click();
  await page.getByRole("button", { name: "ساختن مجموعه" }).click();
  await expect(page.getByLabel("عنوان مجموعه")).toHaveAccessibleDescription(/عنوان را وارد کنید/);
  await page.getByLabel("عنوان مجموعه").fill("نشست‌های فصلی");
  await page.getByRole("button", { name: "ساختن مجموعه" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "نشست‌های فصلی" })).toBeVisible();

  await expect(page.getByLabel("دستهٔ ۱", { exact: true })).toHaveValue("ساختارها");
  await page.getByRole("button", { name: "پایین: دستهٔ ۱", exact: true }).click();
  await page.getByLabel("دستهٔ ۱", { exact: true }).fill("هم‌افزایی نهادها");
  await page.getByRole("button", { name: "افزودن دسته" }).click();
  await page.getByLabel("دستهٔ ۱۱", { exact: true }).fill("ساختارها");
  await page.getByRole("button", { name: "ذخیرهٔ دسته‌ها" }).click();
  await expect(page.getByLabel("دستهٔ ۱۱", { exact: true })).toHaveAccessibleDescription(
    "این دسته پیش‌تر در فهرست آمده است.",
  );
  await page.getByLabel("دستهٔ ۱۱", { exact: true }).fill("رسانه");
  await page.getByRole("button", { name: "ذخیرهٔ دسته‌ها" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("دسته‌های پیشنهاد ذخیره شد.");
  await page.reload();
  await expect(page.getByLabel("دستهٔ ۱", { exact: true })).toHaveValue("هم‌افزایی نهادها");
  await expect(page.getByLabel("دستهٔ ۲", { exact: true })).toHaveValue("ساختارها");
  await expect(page.getByLabel("دستهٔ ۱۱", { exact: true })).toHaveValue("رسانه");
});

test("in English, the organizer creates a meeting and adds its members", async ({ page, browser, baseURL }) => {
  await signIn(page, PEOPLE.organizer.email);
  await switchToEnglish(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  const title = "Dialogue with the Deputy for Cultural and Social Affairs";
  const meetingId = await createMeeting(page, UI.en, title);
  await manageMembers(page, UI.en, meetingId, browser, baseURL);
});
