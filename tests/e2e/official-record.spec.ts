// The official record (issue 16's "Done when"), in Chromium, in a series of
// its own with a letterhead: the organizer takes attendance beside the
// minutes; two note-takers, each in their own browser, record a resolution
// each at the same moment; votes typed above the attendees present are marked
// on the card and the organizer's lock is refused, locking nothing, until
// they are corrected; the organizer locks v1 and asks the chair and the
// secretary to approve; both approve from their own accounts; the organizer
// publishes, and a second click shows the same link. The public page, its PDF
// (printed by the server, page 1 rendered to PNG), its DOCX (laid out by
// LibreOffice, page 1 rendered to PNG) and its Markdown each show the
// letterhead, the session number, the attendance, the resolutions, the
// approvals and the hash; at 390 px nothing overflows. Screenshots are saved
// in test-results/artifacts/ (docs/screenshots/ keeps copies).
import { mkdirSync, writeFileSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import { docxToPdf } from "../helpers/docx-to-pdf";
import { pngImage } from "../helpers/images";
import { pdfComparable, pdfFirstPagePng, pdfText } from "../helpers/pdf-text";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { DEMO_PEOPLE, editor, openMeeting, waitUntilSaved } from "./meeting-page";
import { overflow } from "./page-overflow";

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);
const fa = (n: number): string => formatInteger(n, "fa");
const ARTIFACTS = "test-results/artifacts";
const LETTERHEAD = { organisation: "کمیسیون حقوق بشر اسلامی", unit: "دفتر نمایندگی قم" };
const TITLE = "نشست آزمون صورت‌جلسهٔ رسمی";

const ATTENDEES = [
  { name: DEMO_PEOPLE.notetaker1.name, status: "present", role: "chair" },
  { name: DEMO_PEOPLE.notetaker2.name, status: "present", role: "secretary" },
  { name: DEMO_PEOPLE.organizer.name, status: "present", role: "member" },
  { name: "دکتر مهمان غایب", status: "excused", role: "guest" },
] as const;

const RESOLUTIONS = [
  { by: DEMO_PEOPLE.notetaker1, text: "تشکیل کارگروه مشترک پوشش بیمهٔ طلاب آسیب‌دیده", body: "معاونت بهداشت", due: "۱۴۰۴/۰۹/۳۰", votes: ["۳", "۰", "۰"] },
  { by: DEMO_PEOPLE.notetaker2, text: "انتشار گزارش جلسه برای اساتید حاضر", body: "دبیرخانهٔ کمیسیون", due: "۱۴۰۴/۰۹/۱۵", votes: ["۲", "۰", "۱"] },
] as const;

const blocksToolbar = (page: Page): Locator => page.getByRole("toolbar", { name: t("blocks.toolbar") });
const resolutionCard = (page: Page, text: string): Locator =>
  editor(page).getByRole("group", { name: t("blocks.resolution.label"), exact: true }).filter({ hasText: text });

/** A series of the test's own with a letterhead (texts and a logo), and a meeting of it numbered 12. */
async function seriesAndMeeting(page: Page): Promise<string> {
  const series = await page.request.post("/api/series", { data: { title: `مجموعهٔ آزمون صورت‌جلسهٔ رسمی ${Date.now()}` } });
  expect(series.status(), await series.text()).toBe(201);
  const { id: seriesId } = (await series.json()) as { id: string };
  expect((await page.request.patch(`/api/series/${seriesId}/letterhead`, { data: LETTERHEAD })).status()).toBe(200);
  const logo = await page.request.put(`/api/series/${seriesId}/letterhead/logo`, { headers: { "content-type": "image/png" }, data: Buffer.from(pngImage(180, 60)) });
  expect(logo.status(), await logo.text()).toBe(200);
  const created = await page.request.post("/api/meetings", {
    data: {
      seriesId,
      title: TITLE,
      startsAt: { year: 1404, month: 9, day: 10, hour: 16, minute: 0 },
      place: "قم",
      guests: [],
      agenda: ["گزارش دبیرخانه"],
      attendees: ATTENDEES.map(({ name }) => ({ name, affiliation: "" })),
      sessionNumber: 12,
      letterNumber: "۴۵۶/ک",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const person of [DEMO_PEOPLE.notetaker1, DEMO_PEOPLE.notetaker2]) {
    const added = await page.request.post(`/api/meetings/${id}/members`, { data: { email: person.email, role: "note-taker" } });
    expect(added.status(), await added.text()).toBe(201);
  }
  return id;
}

/** Types one resolution under the resolutions heading: its text, body, Jalali due date and votes. */
async function recordResolution(page: Page, item: (typeof RESOLUTIONS)[number]): Promise<void> {
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).getByRole("heading", { name: t("minutes.heading.resolutions"), exact: true }).click();
  await blocksToolbar(page).getByRole("button", { name: t("blocks.resolution.insert") }).click();
  await page.keyboard.type(item.text, { delay: 20 });
  const card = resolutionCard(page, item.text);
  await card.getByLabel(t("blocks.followUp.body")).fill(item.body);
  const due = card.getByLabel(t("blocks.followUp.due"));
  await due.fill(item.due);
  await due.press("Enter");
  const labels = [t("blocks.resolution.votesFor"), t("blocks.resolution.votesAgainst"), t("blocks.resolution.votesAbstain")];
  for (const [index, label] of labels.entries()) {
    const field = card.getByLabel(label, { exact: true });
    await field.fill(item.votes[index] ?? "");
    await field.press("Enter");
  }
}

test("attendance, two resolutions, v1 approved by the chair and the secretary, published: every format shows the record", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const org = organizer.page;
  const meetingId = await seriesAndMeeting(org);

  await test.step("the organizer takes attendance beside the minutes", async () => {
    await org.goto(`/meetings/${meetingId}`);
    const panel = org.getByRole("region", { name: t("attendance.title") });
    for (const attendee of ATTENDEES) {
      await panel.getByLabel(t("attendance.statusAria", { name: attendee.name })).selectOption(attendee.status);
      await expect(panel.getByRole("status")).toHaveText(t("attendance.saved"));
      await panel.getByLabel(t("attendance.roleAria", { name: attendee.name })).selectOption(attendee.role);
      await expect(panel.getByRole("status")).toHaveText(t("attendance.saved"));
    }
    await expect(panel.getByText(t("attendance.summary", { present: fa(3), total: fa(4) }))).toBeVisible();
  });

  const noteTakers = await Promise.all(RESOLUTIONS.map((item) => signedInSession(browser, baseURL, item.by.email)));
  await test.step("two note-takers record a resolution each, at the same moment", async () => {
    await Promise.all(noteTakers.map((session) => openMeeting(session.page, meetingId)));
    await Promise.all(noteTakers.map((session, index) => recordResolution(session.page, RESOLUTIONS[index] ?? RESOLUTIONS[0])));
    for (const session of noteTakers) {
      await waitUntilSaved(session.page);
      for (const item of RESOLUTIONS) await expect(resolutionCard(session.page, item.text)).toBeVisible();
    }
  });

  const lifecycle = org.getByRole("group", { name: t("lifecycle.title") });
  const lock = async (): Promise<void> => {
    await org.reload();
    await lifecycle.getByRole("button", { name: t("lifecycle.lock") }).click();
    await lifecycle.getByRole("button", { name: t("lifecycle.confirmLock", { version: fa(1) }) }).click();
  };
  await test.step("votes above the three present are marked on the card, and the lock refuses them, locking nothing", async () => {
    const [first] = noteTakers;
    if (!first) throw new Error("no note-taker");
    const card = resolutionCard(first.page, RESOLUTIONS[0].text);
    const votesFor = card.getByLabel(t("blocks.resolution.votesFor"), { exact: true });
    const over = card.getByText(t("blocks.resolution.votesOverPresent", { cast: fa(5), present: fa(3) }));
    await votesFor.fill("۵");
    await votesFor.press("Enter");
    await expect(over).toBeVisible();
    await waitUntilSaved(first.page);
    await lock();
    await expect(lifecycle.getByRole("alert")).toHaveText(t("error.resolution.votesOverPresentAtLock"));
    expect(((await (await org.request.get(`/api/meetings/${meetingId}/versions`)).json()) as { versions: unknown[] }).versions).toEqual([]);
    await votesFor.fill("۳");
    await votesFor.press("Enter");
    await expect(over).toHaveCount(0);
    await waitUntilSaved(first.page);
    await card.screenshot({ path: `${ARTIFACTS}/resolution-card-fa.png` });
  });

  await test.step("the organizer locks v1", async () => {
    await lock();
    await expect(lifecycle.getByRole("status")).toHaveText(t("lifecycle.locked", { version: fa(1) }));
  });

  const versionPath = `/meetings/${meetingId}/versions/1`;
  const approvalPanel = (page: Page): Locator => page.getByRole("region", { name: t("approval.heading"), exact: true });
  await test.step("the organizer asks the chair and the secretary to approve; each approves from their own account", async () => {
    await org.goto(versionPath);
    const panel = approvalPanel(org);
    await panel.getByLabel(DEMO_PEOPLE.notetaker1.name).check();
    await panel.getByLabel(DEMO_PEOPLE.notetaker2.name).check();
    await panel.getByRole("button", { name: t("approval.ask") }).click();
    await expect(panel.getByRole("status")).toHaveText(t("approval.asked"));
    for (const session of noteTakers) {
      await session.page.goto(versionPath);
      const own = approvalPanel(session.page);
      await own.getByRole("button", { name: t("approval.approve") }).click();
      await expect(own.getByRole("status")).toHaveText(t("approval.answered"));
      await session.context.close();
    }
    await org.reload();
    await expect(panel.locator(".approval__state")).toHaveText(t("approval.state.approved"));
  });

  let href = "";
  await test.step("the organizer publishes; a second click shows the same link", async () => {
    const publication = org.getByRole("region", { name: t("publication.heading"), exact: true });
    const publish = publication.getByRole("button", { name: t("publication.publish", { version: fa(1) }) });
    await publish.click();
    const link = publication.getByRole("link", { name: /\/r\/[A-Za-z0-9_-]{32}$/ });
    await expect(link).toHaveCount(1);
    href = (await link.getAttribute("href")) ?? "";
    await publish.click();
    await expect(publication.getByRole("status").last()).toHaveText(t("publication.alreadyPublished", { version: fa(1) }));
    await expect(link).toHaveCount(1);
    expect(await link.getAttribute("href")).toBe(href);
  });

  const { sha256 } = (await (await org.request.get(`/api/meetings/${meetingId}/versions/1`)).json()) as { sha256: string };
  /** What every format must say, compared as pdftotext reads a PDF (pdfComparable). */
  const record = [
    LETTERHEAD.organisation,
    LETTERHEAD.unit,
    "جلسهٔ دوازدهم",
    t("report.attendance"),
    t("attendance.role.chair"),
    t("attendance.role.secretary"),
    t("report.resolutions"),
    t("report.resolution.numberInSession", { number: fa(1), session: fa(12) }),
    t("report.resolution.numberInSession", { number: fa(2), session: fa(12) }),
    ...RESOLUTIONS.flatMap((item) => [item.text, item.body]),
    t("report.resolution.voteCount", { for: fa(3), against: fa(0), abstain: fa(0) }),
    t("report.approval.approved"),
    DEMO_PEOPLE.notetaker1.name,
    DEMO_PEOPLE.notetaker2.name,
    sha256,
  ];
  const missing = (said: string): string[] => record.filter((text) => !pdfComparable(said).includes(pdfComparable(text)));

  const reader = await browser.newContext({ baseURL, viewport: { width: 1000, height: 900 }, javaScriptEnabled: false, locale: "fa-IR" });
  const page = await reader.newPage();
  await test.step("the public page shows the whole record", async () => {
    expect((await page.goto(href))?.status()).toBe(200);
    const report = page.locator(".kateb-report");
    await expect(report.getByRole("img", { name: t("letterhead.logoAlt", { organisation: LETTERHEAD.organisation }) })).toBeVisible();
    await expect(report.locator(".kr-approval")).toHaveAttribute("data-approval", "approved");
    expect(missing(await report.innerText())).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/official-record-report-fa.png`, fullPage: true });
  });

  const file = async (kind: "pdf" | "docx" | "md"): Promise<Buffer> => {
    const link = page.locator(`a.kr-download[href*="/${kind}?"]`).first();
    const answer = await reader.request.get((await link.getAttribute("href")) ?? "");
    expect(answer.status(), kind).toBe(200);
    return answer.body();
  };
  await test.step("its PDF, printed on the server, shows it; page 1 as PNG", async () => {
    const pdf = new Uint8Array(await file("pdf"));
    writeFileSync(`${ARTIFACTS}/official-record.pdf`, pdf);
    expect(missing(await pdfText(pdf))).toEqual([]);
    writeFileSync(`${ARTIFACTS}/official-record-pdf-page1.png`, await pdfFirstPagePng(pdf));
  });
  await test.step("its DOCX, laid out by LibreOffice, shows it; page 1 as PNG", async () => {
    const pdf = await docxToPdf(new Uint8Array(await file("docx")));
    writeFileSync(`${ARTIFACTS}/official-record-docx.pdf`, pdf);
    expect(missing(await pdfText(pdf))).toEqual([]);
    writeFileSync(`${ARTIFACTS}/official-record-docx-page1.png`, await pdfFirstPagePng(pdf));
  });
  await test.step("its Markdown shows it", async () => {
    expect(missing((await file("md")).toString("utf8"))).toEqual([]);
  });

  await test.step("on a 390 px phone nothing overflows", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(href);
    const { scrollWidth, outside } = await overflow(page);
    expect(outside).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/official-record-390.png`, fullPage: true });
  });
  await reader.close();
  await organizer.context.close();
});
