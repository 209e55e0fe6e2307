// The tracker and dashboard pages through the real server: a member sees the
// series' items and the charts; a stranger gets the 404 page.
import { beforeAll, describe, expect, it } from "vitest";
import { appForFile } from "../fixtures/app-for-file";
import { signedInUsers, testAccounts } from "../fixtures/signed-in-users";
import { lockWith, seriesWithViewerAndOutsider, trackerMinutes } from "../helpers/tracker-minutes";

const app = appForFile();
let seriesId: string;
let meetingId: string;
const { cookies, signIn } = signedInUsers(["organizer", "viewer", "outsider"]);

beforeAll(async () => {
  const series = await seriesWithViewerAndOutsider(app.db);
  ({ seriesId, meetingId } = series);
  await lockWith(
    app.db,
    meetingId,
    series.organizerId,
    trackerMinutes({
      followUps: [
        { id: "fu-1", text: "گزارش آمار کودکان", responsibleBody: "سازمان بهزیستی", due: "2019-12-01" },
        { id: "fu-2", text: "نشست با خیرین", responsibleBody: "معاونت فرهنگی" },
      ],
    }),
  );
  await signIn(app, testAccounts(series.people));
});

async function page(path: string, cookie: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

describe("the tracker pages", () => {
  it("list the series' items for a viewer, with the overdue one marked and filters applied", async () => {
    const all = await page(`/series/${seriesId}/tracker`, cookies.viewer);
    expect(all.status).toBe(200);
    expect(all.html).toContain("گزارش آمار کودکان");
    expect(all.html).toContain("نشست با خیرین");
    expect(all.html).toContain('data-overdue="true"');
    expect(all.html).not.toContain("تغییر وضعیت");
    // Each item's history: routed at the lock of version 1.
    expect(all.html).toContain("<summary>سابقه (۱)</summary>");
    expect(all.html).toContain("ارجاع‌شده</strong> (با قفل نسخهٔ ۱)");
    const overdue = await page(`/series/${seriesId}/tracker?overdue=true`, cookies.viewer);
    expect(overdue.html).toContain("گزارش آمار کودکان");
    expect(overdue.html).not.toContain("نشست با خیرین");
  });

  it("are linked from the series page and the meeting page, for a reader too", async () => {
    for (const path of [`/series/${seriesId}`, `/meetings/${meetingId}`]) {
      const answer = await page(path, cookies.viewer);
      expect(answer.status).toBe(200);
      expect(answer.html).toContain(`href="/series/${seriesId}/tracker"`);
      expect(answer.html).toContain(`href="/series/${seriesId}/tracker/dashboard"`);
    }
  });

  it("offer the organizer the status change", async () => {
    const answer = await page(`/series/${seriesId}/tracker`, cookies.organizer);
    expect(answer.html).toContain("تغییر وضعیت");
  });

  it("draw the dashboard as SVG charts in Persian", async () => {
    const answer = await page(`/series/${seriesId}/tracker/dashboard`, cookies.viewer);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('role="img"');
    expect(answer.html).toContain("موارد بر پایهٔ وضعیت");
    expect(answer.html).toContain("سازمان بهزیستی");
  });

  it("tell a stranger nothing (404)", async () => {
    expect((await page(`/series/${seriesId}/tracker`, cookies.outsider)).status).toBe(404);
    expect((await page(`/series/${seriesId}/tracker/dashboard`, cookies.outsider)).status).toBe(404);
  });
});
