// Attendance and the session number (issue 16): the organizer numbers a
// session on the meeting form and takes attendance in the panel beside the
// minutes (a status and role per attendee, the time one who left early left);
// a viewer reads it and cannot change it; the meeting list shows the session
// number beside the meeting's state; the locked version's report opens with
// "جلسهٔ دوازدهم" and the attendance table.
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import { expect, signedInSession, test } from "./fixtures";
import { createMeeting, DEMO_PEOPLE } from "./meeting-page";

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);
const SHOTS = "test-results/screenshots";
const TITLE = "نشست آزمون حضور و غیاب";

test("the organizer numbers the session and takes attendance; the viewer reads it; the report shows both", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const org = organizer.page;
  const meetingId = await createMeeting(org, { title: TITLE, agenda: ["دستور نخست"], members: [{ email: DEMO_PEOPLE.viewer.email, role: "viewer" }] });
  const attendees = [{ name: "دکتر رئیس", affiliation: "کمیسیون" }, { name: "خانم دبیر", affiliation: "" }, { name: "آقای عضو", affiliation: "دانشگاه" }];
  expect((await org.request.patch(`/api/meetings/${meetingId}`, { data: { attendees } })).status()).toBe(200);

  await test.step("number the session on the meeting form", async () => {
    await org.goto(`/meetings/${meetingId}/edit`);
    await org.getByLabel(t("meetingForm.sessionNumber")).fill("۱۲");
    await org.getByLabel(t("meetingForm.letterNumber")).fill("۳۴۵/ک");
    await org.getByRole("button", { name: t("meetingForm.save") }).click();
    await org.waitForURL(`**/meetings/${meetingId}`);
  });

  const panel = org.getByRole("region", { name: t("attendance.title") });
  await test.step("take attendance beside the minutes", async () => {
    await expect(panel.getByText(t("attendance.summary", { present: formatInteger(0, "fa"), total: formatInteger(3, "fa") }))).toBeVisible();
    await panel.getByLabel(t("attendance.statusAria", { name: "دکتر رئیس" })).selectOption("present");
    await expect(panel.getByRole("status")).toHaveText(t("attendance.saved"));
    await panel.getByLabel(t("attendance.roleAria", { name: "دکتر رئیس" })).selectOption("chair");
    await panel.getByLabel(t("attendance.roleAria", { name: "خانم دبیر" })).selectOption("secretary");
    await panel.getByLabel(t("attendance.statusAria", { name: "خانم دبیر" })).selectOption("left_early");
    // Before the meeting began (16:00): refused beside the row, nothing saved.
    const leftAt = panel.getByLabel(t("attendance.leftAtAria", { name: "خانم دبیر" }));
    await leftAt.fill("15:30");
    await expect(panel.getByRole("alert")).toHaveText(t("invalid.attendance.leftAtOutsideDay"));
    await leftAt.fill("17:45");
    await expect(panel.getByRole("alert")).toHaveCount(0);
    await panel.getByLabel(t("attendance.statusAria", { name: "آقای عضو" })).selectOption("excused");
    await expect(panel.getByText(t("attendance.summary", { present: formatInteger(2, "fa"), total: formatInteger(3, "fa") }))).toBeVisible();
    await expect(panel.getByRole("status")).toHaveText(t("attendance.saved"));
    await panel.screenshot({ path: `${SHOTS}/attendance-panel.png` });
  });

  await test.step("the viewer reads attendance and cannot change it", async () => {
    const viewer = await signedInSession(browser, baseURL, DEMO_PEOPLE.viewer.email);
    await viewer.page.goto(`/meetings/${meetingId}`);
    const read = viewer.page.getByRole("region", { name: t("attendance.title") });
    await expect(read.getByRole("listitem").nth(1)).toContainText(`${t("attendance.status.left_early")} ۱۷:۴۵`);
    await expect(read.getByRole("combobox")).toHaveCount(0);
    await viewer.context.close();
  });

  await test.step("the meeting list shows the session number beside the meeting's state", async () => {
    await org.goto("/");
    const card = org.getByRole("listitem").filter({ has: org.getByRole("link", { name: TITLE }) });
    await expect(card.getByText(t("meeting.sessionNumber", { number: formatInteger(12, "fa") }))).toBeVisible();
  });

  await test.step("the locked version's report opens with the session and the attendance table", async () => {
    expect((await org.request.post(`/api/meetings/${meetingId}/lock`, { data: {} })).status()).toBe(201);
    await org.goto(`/meetings/${meetingId}/versions/1`);
    const report = org.locator(".kateb-report");
    await expect(report.getByText("جلسهٔ دوازدهم", { exact: true })).toBeVisible();
    const table = report.getByRole("table").filter({ hasText: t("report.attendance.role") });
    await expect(table.getByRole("row").nth(1)).toHaveText(/دکتر رئیس.*کمیسیون.*رئیس جلسه.*حاضر/);
    await expect(table.getByRole("row").nth(2)).toHaveText(/خانم دبیر.*دبیر جلسه.*خروج پیش از پایان، ساعت ۱۷:۴۵/);
    await expect(table.getByRole("row").nth(3)).toHaveText(/آقای عضو.*غایب با عذر/);
    await report.locator("header.kr-header").screenshot({ path: `${SHOTS}/attendance-report-header.png` });
    await report.locator("section.kr-attendance").screenshot({ path: `${SHOTS}/attendance-report.png` });
  });
  await organizer.context.close();
});
