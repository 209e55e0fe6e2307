// The search page (/search) through the real process: a GET form that works
// without JavaScript, answering the same use case as GET /api/search: a member
// finds the earlier session's Q&A block by a Jalali date range; a non-member
// finds nothing of it, not even a count; a day that is not a Jalali day is
// named in the form, never an error page.
import { beforeAll, describe, expect, it } from "vitest";
import { EARLIER_QA, EARLIER_SESSION } from "@/server/demo/seed-earlier-session";
import { translate } from "@/lib/i18n/translate";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, signedInUsers } from "../fixtures/signed-in-users";

const app = appForFile();
const users = signedInUsers(["organizer", "outsider"]);

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
});

async function searchPage(person: "organizer" | "outsider", query: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.url}/search?${query}`, { headers: { cookie: users.cookies[person] }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

const q = (words: string, more = ""): string => `q=${encodeURIComponent(words)}${more}`;

describe("the search page", () => {
  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const response = await fetch(`${app.url}/search?${q("بیمه")}`, { redirect: "manual" });
    expect([303, 307]).toContain(response.status);
    expect(response.headers.get("location")).toContain("/signin");
  });

  it("shows a member the earlier session's Q&A block, within a Jalali date range, linked to the block", async () => {
    const page = await searchPage("organizer", q("پوشش بيمه اي", `&from=${encodeURIComponent("۱۳۹۸/۰۷/۰۱")}&to=1398-07-30`));
    expect(page.status).toBe(200);
    expect(page.html).toContain(EARLIER_SESSION.title);
    expect(page.html).toMatch(/href="\/meetings\/[^"]+\/versions\/1#block-[0-9a-z]+"/);
    expect(page.html).toContain("<mark>بیمه‌ای</mark>");
    expect(EARLIER_QA.question).toContain("پوشش بیمه‌ای");
    // The form shows the days back in Jalali.
    expect(page.html).toContain('value="۱۳۹۸/۰۷/۰۱"');
    expect(page.html).toContain('value="۱۳۹۸/۰۷/۳۰"');
    const later = await searchPage("organizer", q("بیمه", "&from=1398-08-01"));
    expect(later.html).not.toContain(EARLIER_SESSION.title);
  });

  it("shows a non-member nothing of the meeting, not even a count", async () => {
    const page = await searchPage("outsider", q("بیمه"));
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(EARLIER_SESSION.title);
    expect(page.html).not.toContain("بیمه‌ای");
    expect(page.html).toContain(translate("fa", "search.nothing"));
  });

  it("names a day that is not a Jalali day in the form, and a query too short, without an error page", async () => {
    const badDay = await searchPage("organizer", q("بیمه", "&from=1398/13/40"));
    expect(badDay.status).toBe(200);
    expect(badDay.html).toContain(translate("fa", "search.badJalaliDate"));
    const short = await searchPage("organizer", q("ب"));
    expect(short.status).toBe(200);
    expect(short.html).toContain(translate("fa", "search.tooShort"));
  });
});
