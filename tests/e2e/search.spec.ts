// Search in Chromium: the organizer opens the header's search box with
// Ctrl+K, types «بیمه» (and «پوشش بيمه اي», with a space for the ZWNJ and
// Arabic letters), sees the earlier session's Q&A block among the results with
// the word marked, opens it with the keyboard and lands on the block
// highlighted in the version; a result of the live minutes, from the search
// page, lands on its block in the live editor; a viewer who is not a member
// of the earlier session finds nothing of it.
import type { Locator, Page } from "@playwright/test";
import { translate } from "@/lib/i18n/translate";
import { expect, signedInSession, test } from "./fixtures";
import { connection, DEMO_PEOPLE } from "./meeting-page";

/** The seeded earlier session (server/demo/seed-earlier-session.ts), and words of its Q&A item. */
const EARLIER_SESSION = "گفت‌وگو با مدیرکل بهزیستی استان قم دربارهٔ کودکان کار و خانواده‌های آسیب‌پذیر";
const EARLIER_QUESTION = "خانواده‌های آسیب‌پذیر و کودکان کار تا چه اندازه پوشش بیمه‌ای دارند";
const SAMPLE_QUESTION = "حوزهٔ علمیه چگونه می‌تواند در شناسایی زودهنگام کودکان";
const fa = (key: Parameters<typeof translate>[1], params?: Record<string, string>): string => translate("fa", key, params);

const searchBox = (page: Page): Locator => page.getByRole("combobox", { name: fa("search.label") });
const results = (page: Page): Locator => page.getByRole("listbox", { name: fa("search.results") });

async function meetingIdByTitle(page: Page, title: string): Promise<string> {
  const answer = await page.request.get("/api/meetings");
  expect(answer.status()).toBe(200);
  const { upcoming, past } = (await answer.json()) as Record<"upcoming" | "past", Array<{ id: string; title: string }>>;
  const id = [...upcoming, ...past].find((meeting) => meeting.title === title)?.id;
  expect(id, `a meeting titled ${title}`).toBeTruthy();
  return id ?? "";
}

/** Ctrl+K opens the box once the page's script listens for it (a press before that is the browser's own). */
async function openSearchBox(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press("Control+K");
    await expect(searchBox(page)).toBeFocused({ timeout: 1_000 });
  }).toPass();
}

/** Ctrl+K, the words typed, and the earlier session's Q&A result (a locked version's block). */
async function searchFor(page: Page, words: string): Promise<Locator> {
  return test.step(`search for «${words}»`, async () => {
    await openSearchBox(page);
    await searchBox(page).fill(words);
    const hit = results(page)
      .getByRole("option")
      .filter({ hasText: EARLIER_SESSION })
      .filter({ hasText: fa("search.inVersion", { version: "۱" }) });
    await expect(hit).toHaveCount(1);
    return hit;
  });
}

/** Moves to the option with the arrow keys and opens it with Enter. */
async function openWithKeys(page: Page, option: Locator): Promise<void> {
  const id = await option.getAttribute("id");
  const options = await results(page).getByRole("option").evaluateAll((all) => all.map((element) => element.id));
  for (let step = 0; step <= options.indexOf(id ?? ""); step += 1) await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", id ?? "");
  await page.keyboard.press("Enter");
}

async function expectLandedOn(page: Page, text: string): Promise<void> {
  await page.waitForURL(/#block-/);
  const block = page.locator(".block-target");
  await expect(block).toHaveCount(1);
  await expect(block).toContainText(text);
  await expect(block).toBeInViewport();
}

test("the organizer finds the earlier session's Q&A block by «بیمه» and «پوشش بيمه اي» and lands on it highlighted", async ({ browser, baseURL }) => {
  const { context, page } = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  await page.goto("/");
  const hit = await searchFor(page, "بیمه");
  await expect(hit.locator("mark").first()).toContainText("بیمه");
  await expect(results(page).getByRole("group").first()).toBeVisible();
  await page.screenshot({ path: "test-results/artifacts/search-box-fa.png" });
  await openWithKeys(page, hit);
  await expect(page).toHaveURL(/\/versions\/1#block-/);
  await expectLandedOn(page, EARLIER_QUESTION);
  await page.screenshot({ path: "test-results/artifacts/search-landed-version-fa.png" });

  await page.goto("/");
  const again = await searchFor(page, "پوشش بيمه اي");
  await expect(again.locator("mark").first()).toBeVisible();
  await openWithKeys(page, again);
  await expectLandedOn(page, EARLIER_QUESTION);

  await test.step("Escape closes the box", async () => {
    await openSearchBox(page);
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toBeHidden();
  });
  await context.close();
});

test("a live minutes result on the search page lands on its block in the live editor", async ({ browser, baseURL }) => {
  const { context, page } = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  await page.goto(`/search?q=${encodeURIComponent("اورژانس اجتماعي")}&kind=minutes`);
  const live = page.getByRole("link").filter({ hasText: fa("search.live") }).filter({ hasText: SAMPLE_QUESTION });
  await expect(live.first()).toBeVisible();
  await expect(live.first().locator("mark").first()).toContainText("اورژانس");
  await page.screenshot({ path: "test-results/artifacts/search-page-fa.png" });
  await live.first().click();
  await expect(connection(page)).toContainText(fa("connection.connected"));
  await expectLandedOn(page, SAMPLE_QUESTION);
  await page.screenshot({ path: "test-results/artifacts/search-landed-live-fa.png" });
  await context.close();
});

test("a viewer who is not a member of the earlier session finds nothing of it", async ({ browser, baseURL }) => {
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const meetingId = await meetingIdByTitle(organizer.page, EARLIER_SESSION);
  const members = organizer.page.request;
  const list = (await (await members.get(`/api/meetings/${meetingId}`)).json()) as { members: Array<{ userId: string; email: string }> };
  const viewerId = list.members.find((member) => member.email === DEMO_PEOPLE.viewer.email)?.userId ?? "";
  expect((await members.delete(`/api/meetings/${meetingId}/members/${viewerId}`)).status()).toBe(200);
  try {
    const { context, page } = await signedInSession(browser, baseURL, DEMO_PEOPLE.viewer.email);
    await page.goto("/");
    await openSearchBox(page);
    const searched = page.waitForResponse((response) => response.url().includes("/api/search?"));
    await searchBox(page).fill("بیمه");
    expect((await searched).status()).toBe(200);
    await expect(page.getByRole("search").getByRole("status")).not.toHaveText(fa("search.searching"));
    await expect(page.getByText(EARLIER_SESSION)).toHaveCount(0);
    // The search page, and the API, say the same: nothing of it, not even a count.
    await page.goto(`/search?q=${encodeURIComponent("پوشش بیمه")}`);
    await expect(page.getByRole("heading", { name: fa("search.page.title") })).toBeVisible();
    await expect(page.getByText(EARLIER_SESSION)).toHaveCount(0);
    const answer = (await (await page.request.get(`/api/search?q=${encodeURIComponent("بیمه")}`)).json()) as { groups: Array<{ results: Array<{ meetingId: string }> }> };
    expect(answer.groups.flatMap((group) => group.results).filter((result) => result.meetingId === meetingId)).toEqual([]);
    await context.close();
  } finally {
    // Others' specs find the viewer a member again.
    const back = await members.post(`/api/meetings/${meetingId}/members`, { data: { email: DEMO_PEOPLE.viewer.email, role: "viewer" } });
    expect(back.status()).toBe(201);
    await organizer.context.close();
  }
});
