// Published links people can use (issue 16): a version has one live link. A
// second click on "publish" shows the same link and says so; a double click
// sends one request. The versions page lists every live link of the meeting
// to its organizer (version, when, by whom, the address), each with a revoke
// that leaves the others live. A member who is not the organizer sees each
// version's links but neither that list nor any revoke or publish button.
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import type { Locator } from "@playwright/test";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { createMeeting, DEMO_PEOPLE } from "./meeting-page";

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);
const fa = (n: number): string => formatInteger(n, "fa");
const LINK = /\/r\/[A-Za-z0-9_-]{32}$/;

/** Locks the minutes into the next version through the API (reopening them first after the first). */
async function lockVersions(page: Page, meetingId: string, count: number): Promise<void> {
  for (let version = 1; version <= count; version += 1) {
    if (version > 1) expect((await page.request.post(`/api/meetings/${meetingId}/reopen`)).status()).toBe(200);
    const locked = await page.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
    expect(locked.status(), await locked.text()).toBe(201);
  }
}

const panel = (page: Page): Locator => page.getByRole("region", { name: t("publication.heading"), exact: true });
const liveLinks = (page: Page): Locator => page.getByRole("region", { name: t("publication.liveLinks") });
const links = (scope: Locator): Locator => scope.getByRole("link", { name: LINK });

/** The addresses of the links in `scope`, as their hrefs (/r/<token>). */
async function hrefs(scope: Locator): Promise<string[]> {
  return Promise.all((await links(scope).all()).map(async (link) => (await link.getAttribute("href")) ?? ""));
}

test("a second publish shows the same link; the organizer lists and revokes every live link; others cannot", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const org = organizer.page;
  const meetingId = await createMeeting(org, {
    title: "نشست آزمون پیوندهای منتشرشده",
    agenda: ["دستور نخست"],
    members: [{ email: DEMO_PEOPLE.reviewer.email, role: "reviewer" }],
  });
  await lockVersions(org, meetingId, 2);

  // Version 1: publish, then publish again: the same link, said so.
  await org.goto(`/meetings/${meetingId}/versions/1`);
  const publishOne = panel(org).getByRole("button", { name: t("publication.publish", { version: fa(1) }) });
  await publishOne.click();
  await expect(panel(org).getByRole("status").last()).toHaveText(t("publication.published", { version: fa(1) }));
  await expect(links(panel(org))).toHaveCount(1);
  const [first = ""] = await hrefs(panel(org));
  expect(first).toMatch(LINK);
  await publishOne.click();
  await expect(panel(org).getByRole("status").last()).toHaveText(t("publication.alreadyPublished", { version: fa(1) }));
  await expect(links(panel(org))).toHaveCount(1);
  expect(await hrefs(panel(org))).toEqual([first]);

  // Version 2: a double click sends one request and makes one link.
  await org.goto(`/meetings/${meetingId}/versions/2`);
  const posts: string[] = [];
  org.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/meetings/${meetingId}/publications`)) posts.push(request.url());
  });
  await panel(org).getByRole("button", { name: t("publication.publish", { version: fa(2) }) }).dblclick();
  await expect(panel(org).getByRole("status").last()).toHaveText(t("publication.published", { version: fa(2) }));
  await expect(links(panel(org))).toHaveCount(1);
  expect(posts).toHaveLength(1);
  const [second = ""] = await hrefs(panel(org));

  // The versions page lists both live links, newest first, each with its facts and a revoke.
  await org.goto(`/meetings/${meetingId}/versions`);
  const list = liveLinks(org);
  const items = list.getByRole("listitem");
  await expect(items).toHaveCount(2);
  expect(await hrefs(list)).toEqual([second, first]);
  await expect(items.nth(0)).toContainText(t("versions.version", { version: fa(2) }));
  await expect(items.nth(1)).toContainText(t("versions.version", { version: fa(1) }));
  for (const item of await items.all()) {
    await expect(item).toContainText(DEMO_PEOPLE.organizer.name);
    await expect(item).toContainText(/ ۱۴[۰-۹]{2}، ساعت [۰-۹:]+/);
    await expect(item.getByRole("button", { name: t("publication.revoke") })).toBeVisible();
  }
  await org.screenshot({ path: "test-results/artifacts/live-links-fa.png", fullPage: true });

  // Revoking version 1's link leaves version 2's.
  await items.nth(1).getByRole("button", { name: t("publication.revoke") }).click();
  await list.getByRole("button", { name: t("publication.confirmRevoke") }).click();
  await expect(list.getByRole("status").last()).toHaveText(t("publication.revoked"));
  await expect(list.getByRole("listitem")).toHaveCount(1);
  expect(await hrefs(list)).toEqual([second]);
  expect((await org.request.get(first)).status()).toBe(404);
  expect((await org.request.get(second)).status()).toBe(200);

  // The reviewer sees version 2's link on its card, but no list of links, no revoke, no publish.
  const reviewer = await signedInSession(browser, baseURL, DEMO_PEOPLE.reviewer.email);
  await reviewer.page.goto(`/meetings/${meetingId}/versions`);
  await expect(reviewer.page.getByRole("heading", { level: 1, name: t("versions.title") })).toBeVisible();
  await expect(links(reviewer.page.locator("main"))).toHaveCount(1);
  await expect(liveLinks(reviewer.page)).toHaveCount(0);
  await expect(reviewer.page.getByRole("button", { name: t("publication.revoke") })).toHaveCount(0);
  await reviewer.page.goto(`/meetings/${meetingId}/versions/2`);
  await expect(links(panel(reviewer.page))).toHaveCount(1);
  await expect(panel(reviewer.page).getByRole("button", { name: t("publication.revoke") })).toHaveCount(0);
  await expect(panel(reviewer.page).getByRole("button", { name: t("publication.publish", { version: fa(2) }) })).toHaveCount(0);

  await reviewer.context.close();
  await organizer.context.close();
});
