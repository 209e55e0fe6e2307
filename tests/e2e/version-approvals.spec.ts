// Sign-off (issue 16): the organizer locks v1 and asks two members to approve
// it; each approves from their own browser; the version page then says
// "approved" with who and when, the organizer publishes it, and the public
// page says "approved by …" with the version's hash. A screenshot of the
// public page's top and of the organizer's approval panel are saved in
// test-results/artifacts/ (docs/screenshots/ keeps a copy).
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import type { Locator } from "@playwright/test";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { createMeeting, DEMO_PEOPLE } from "./meeting-page";

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);

const approvalPanel = (page: Page): Locator => page.getByRole("region", { name: t("approval.heading"), exact: true });

test("two members approve v1 from their own accounts; the published page says approved by them, with the hash", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const org = organizer.page;
  const meetingId = await createMeeting(org, {
    title: "نشست آزمون تأیید نسخه",
    agenda: ["دستور نخست"],
    members: [
      { email: DEMO_PEOPLE.notetaker1.email, role: "note-taker" },
      { email: DEMO_PEOPLE.reviewer.email, role: "reviewer" },
    ],
  });
  const locked = await org.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);
  const versionPath = `/meetings/${meetingId}/versions/1`;

  // The organizer asks the note-taker and the reviewer.
  await org.goto(versionPath);
  const orgPanel = approvalPanel(org);
  await expect(orgPanel).toContainText(t("approval.none"));
  await orgPanel.getByLabel(DEMO_PEOPLE.notetaker1.name).check();
  await orgPanel.getByLabel(DEMO_PEOPLE.reviewer.name).check();
  await orgPanel.getByRole("button", { name: t("approval.ask") }).click();
  await expect(orgPanel.getByRole("status")).toHaveText(t("approval.asked"));
  await expect(orgPanel.getByRole("listitem").filter({ hasText: t("approval.status.asked") })).toHaveCount(2);

  // Each approves from their own browser, seeing the hash they approve.
  const sha256 = (await (await org.request.get(`/api/meetings/${meetingId}/versions/1`)).json()) as { sha256: string };
  for (const person of [DEMO_PEOPLE.notetaker1, DEMO_PEOPLE.reviewer]) {
    const session = await signedInSession(browser, baseURL, person.email);
    await session.page.goto(versionPath);
    const panel = approvalPanel(session.page);
    await expect(panel).toContainText(sha256.sha256);
    await panel.getByRole("button", { name: t("approval.approve") }).click();
    await expect(panel.getByRole("status")).toHaveText(t("approval.answered"));
    await expect(panel.getByRole("listitem").filter({ hasText: person.name })).toContainText(t("approval.status.approved"));
    await session.context.close();
  }

  // The organizer sees it approved, and publishes it.
  await org.reload();
  await expect(orgPanel.locator(".approval__state")).toHaveText(t("approval.state.approved"));
  await expect(orgPanel.getByRole("listitem").filter({ hasText: t("approval.status.approved") })).toHaveCount(2);
  await orgPanel.screenshot({ path: "test-results/artifacts/version-approval-panel-fa.png" });
  const publication = org.getByRole("region", { name: t("publication.heading"), exact: true });
  await publication.getByRole("button", { name: t("publication.publish", { version: formatInteger(1, "fa") }) }).click();
  const link = publication.getByRole("link", { name: /\/r\/[A-Za-z0-9_-]{32}$/ });
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute("href")) ?? "";

  // The public page, to anyone: approved, by whom, and the hash.
  const reader = await browser.newContext({ baseURL, viewport: { width: 1000, height: 900 } });
  const page = await reader.newPage();
  await page.goto(href);
  const stamp = page.locator(".kr-approval");
  await expect(stamp).toHaveAttribute("data-approval", "approved");
  await expect(stamp.locator(".kr-approval-status")).toHaveText(t("report.approval.approved"));
  await expect(stamp.getByRole("listitem")).toHaveCount(2);
  for (const person of [DEMO_PEOPLE.notetaker1, DEMO_PEOPLE.reviewer]) await expect(stamp).toContainText(person.name);
  await expect(stamp).toContainText(sha256.sha256);
  await page.screenshot({ path: "test-results/artifacts/public-report-approved-fa.png" });
  await reader.close();
  await organizer.context.close();
});
