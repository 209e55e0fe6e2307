// The follow-up tracker through the real server: the series' list with its
// filters, status changes, responsible bodies and the exports, each with the
// callers it allows and the ones it refuses.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { ResponsibleBody } from "@/lib/contracts/responsible-bodies";
import { trackedItemWithHistory, trackerList, type TrackedItem } from "@/lib/contracts/tracker";
import { appForFile } from "../fixtures/app-for-file";
import { signedInUsers, testAccounts } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { createSeriesMeeting, lockWith, seriesWithViewerAndOutsider, trackerMinutes } from "../helpers/tracker-minutes";

const app = appForFile();
const users = signedInUsers(["organizer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, viewer, outsider, cookies } = users;
let seriesId: string;
let meetingId: string;

/** The items of a list answer, read as the browser reads them (the contract). */
const list = (answer: { body: unknown }): TrackedItem[] => trackerList.parse(answer.body).items;

beforeAll(async () => {
  const series = await seriesWithViewerAndOutsider(app.db);
  ({ seriesId, meetingId } = series);
  await createSeriesMeeting(app.db, seriesId, [{ userId: series.organizerId, role: "organizer" }]);
  await lockWith(
    app.db,
    meetingId,
    series.organizerId,
    trackerMinutes({
      followUps: [
        { id: "fu-1", text: "گزارش آمار کودکان، به تفکیک استان", responsibleBody: "سازمان بهزیستی", due: "2019-12-01" },
        { id: "fu-2", text: "نشست با \"خیرین\"", responsibleBody: "سازمان بهزيستي", due: "2030-01-01" },
        { id: "fu-3", text: "بررسی آیین‌نامه‌ها", responsibleBody: "معاونت حقوقی" },
      ],
      proposals: [{ id: "pr-1", text: "تشکیل کارگروه مشترک", categoryId: series.categoryIds[0], followUp: true }],
    }),
  );
  await users.signIn(app, testAccounts(series.people));
});

async function itemId(sourceBlockId: string): Promise<string> {
  const item = await app.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId } } });
  return item.id;
}

describe("GET /api/series/:id/tracker", () => {
  it("requires a signed-in member of a meeting of the series: 401, 404", async () => {
    expect((await anonymous("GET", `/api/series/${seriesId}/tracker`)).status).toBe(401);
    expect((await outsider("GET", `/api/series/${seriesId}/tracker`)).status).toBe(404);
  });

  it("shows a viewer the four items, with Jalali due dates and the overdue one marked", async () => {
    const answer = await viewer("GET", `/api/series/${seriesId}/tracker`);
    expect(answer.status).toBe(200);
    const items = list(answer);
    expect(items.map((item) => [item.sourceBlockId, item.kind, item.status])).toEqual([
      ["fu-1", "followUp", "routed"],
      ["fu-2", "followUp", "routed"],
      ["fu-3", "followUp", "routed"],
      ["pr-1", "proposal", "routed"],
    ]);
    expect(items[0]).toMatchObject({ due: "2019-12-01", dueJalali: "۱۳۹۸/۰۹/۱۰", overdue: true, link: `/meetings/${meetingId}/versions/1#block-fu-1` });
    expect(items[1]).toMatchObject({ overdue: false });
    expect(items[3]?.category?.name).toBe("ساختارها");
  });

  it("filters by status, body, meeting, category and overdue, and sorts by due date", async () => {
    const all = list(await viewer("GET", `/api/series/${seriesId}/tracker`));
    const bodyId = all[0]?.responsibleBody?.id ?? "";
    const byBody = list(await viewer("GET", `/api/series/${seriesId}/tracker?body=${bodyId}`));
    expect(byBody.map((item) => item.sourceBlockId)).toEqual(["fu-1", "fu-2"]);
    const overdue = list(await viewer("GET", `/api/series/${seriesId}/tracker?overdue=true`));
    expect(overdue.map((item) => item.sourceBlockId)).toEqual(["fu-1"]);
    const notOverdue = list(await viewer("GET", `/api/series/${seriesId}/tracker?overdue=false`));
    expect(notOverdue).toHaveLength(3);
    const category = all[3]?.category?.id ?? "";
    expect(list(await viewer("GET", `/api/series/${seriesId}/tracker?category=${category}`)).map((item) => item.sourceBlockId)).toEqual(["pr-1"]);
    expect(list(await viewer("GET", `/api/series/${seriesId}/tracker?meeting=${meetingId}&status=open`))).toHaveLength(4);
    const sorted = list(await viewer("GET", `/api/series/${seriesId}/tracker?sort=due`));
    expect(sorted.map((item) => item.sourceBlockId)).toEqual(["fu-1", "fu-2", "fu-3", "pr-1"]);
    const bad = await organizerEn("GET", `/api/series/${seriesId}/tracker?status=lost`);
    expect(bad.status).toBe(422);
    expect(errorOf(bad).fields?.status).toBe("This filter is not valid.");
  });
});

describe("PATCH /api/tracker/:itemId", () => {
  it("refuses nobody (401), a stranger (404) and a viewer (403), changing nothing", async () => {
    const id = await itemId("fu-3");
    expect((await anonymous("PATCH", `/api/tracker/${id}`, { status: "acknowledged" })).status).toBe(401);
    expect((await outsider("PATCH", `/api/tracker/${id}`, { status: "acknowledged" })).status).toBe(404);
    expect((await viewer("PATCH", `/api/tracker/${id}`, { status: "acknowledged" })).status).toBe(403);
    expect((await app.db.trackedItem.findUniqueOrThrow({ where: { id } })).status).toBe("routed");
  });

  it("lets the organizer move an item to answered with a note and evidence; the history shows it", async () => {
    const id = await itemId("fu-2");
    const skipped = await organizer("PATCH", `/api/tracker/${id}`, { status: "answered" });
    expect(skipped.status).toBe(422);
    expect(errorOf(skipped).message).toContain("یادداشت");
    const answered = await organizer("PATCH", `/api/tracker/${id}`, {
      status: "answered",
      note: "پاسخ کتبی سازمان رسید",
      evidenceLink: "https://example.org/reply",
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: "answered", history: [{ to: "routed" }, { from: "routed", to: "answered", note: "پاسخ کتبی سازمان رسید" }] });
    const read = await viewer("GET", `/api/tracker/${id}`);
    expect(read.status).toBe(200);
    expect(trackedItemWithHistory.parse(read.body).history).toHaveLength(2);
  });

  it("refuses an unknown body id, a bad Jalali date and a due date before the meeting, saving nothing", async () => {
    const id = await itemId("fu-3");
    const unknownBody = await organizerEn("PATCH", `/api/tracker/${id}`, { status: "acknowledged", responsibleBodyId: "no-such-body" });
    expect(unknownBody.status).toBe(422);
    expect(errorOf(unknownBody).message).toBe("This responsible body is not in this series' list of bodies.");
    const badDate = await organizerEn("PATCH", `/api/tracker/${id}`, { due: "1398/13/01" });
    expect(badDate.status).toBe(422);
    expect(errorOf(badDate).fields?.due).toBe("Enter the due date as a Jalali year/month/day, e.g. 1404/09/25.");
    const early = await organizerEn("PATCH", `/api/tracker/${id}`, { status: "acknowledged", due: "1398/01/01" });
    expect(early.status).toBe(422);
    expect(errorOf(early).message).toBe("The due date cannot be before the meeting.");
    expect(await app.db.trackedItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "routed", due: null });
    expect(await app.db.trackedItemEvent.count({ where: { itemId: id } })).toBe(1);
  });
});

describe("GET /api/series/:id/tracker/export", () => {
  it("refuses nobody (401), a stranger (404) and an unknown format (422)", async () => {
    expect((await anonymous("GET", `/api/series/${seriesId}/tracker/export?format=csv`)).status).toBe(401);
    expect((await outsider("GET", `/api/series/${seriesId}/tracker/export?format=csv`)).status).toBe(404);
    expect((await viewer("GET", `/api/series/${seriesId}/tracker/export?format=xls`)).status).toBe(422);
  });

  it("gives a member the list as CSV: BOM, Persian, quoted fields", async () => {
    const response = await fetch(`${app.url}/api/series/${seriesId}/tracker/export?format=csv`, {
      headers: { cookie: cookies.viewer },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("ردیف,موضوع,نوع,جلسه,نسخه,دسته,نهاد مسئول,مهلت,وضعیت");
    expect(lines[1]).toBe("۱,گزارش آمار کودکان، به تفکیک استان,اقدام پیگیری,جلسهٔ آزمایشی Test meeting,۱,,سازمان بهزیستی,۱۳۹۸/۰۹/۱۰,ارجاع‌شده (گذشته از مهلت)");
    expect(text).toContain('"نشست با ""خیرین"""');
  });

  it("refuses an empty filter result with a sentence instead of an empty file", async () => {
    const empty = await organizerEn("GET", `/api/series/${seriesId}/tracker/export?format=csv&status=closed`);
    expect(empty.status).toBe(404);
    expect(errorOf(empty).message).toBe("No item matches these filters, so there is nothing to export.");
  });

  it("gives the list as a Word document", async () => {
    const response = await fetch(`${app.url}/api/series/${seriesId}/tracker/export?format=docx`, { headers: { cookie: cookies.organizer } });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("تشکیل کارگروه مشترک");
    expect(xml).toContain("<w:bidiVisual/>");
  });
});

describe("/api/series/:id/tracker/bodies", () => {
  it("lists bodies for a member, lets the organizer add and merge, and refuses others", async () => {
    expect((await anonymous("GET", `/api/series/${seriesId}/tracker/bodies`)).status).toBe(401);
    expect((await outsider("GET", `/api/series/${seriesId}/tracker/bodies`)).status).toBe(404);
    const listed = await viewer("GET", `/api/series/${seriesId}/tracker/bodies`);
    expect(listed.status).toBe(200);
    const bodies = (listed.body as { bodies: ResponsibleBody[] }).bodies;
    expect(bodies.map((body) => body.name).sort()).toEqual(["سازمان بهزیستی", "معاونت حقوقی"]);
    expect((await viewer("POST", `/api/series/${seriesId}/tracker/bodies`, { name: "شهرداری قم" })).status).toBe(403);
    const created = await organizer("POST", `/api/series/${seriesId}/tracker/bodies`, { name: "بهزيستي استان قم", contact: "۰۲۵-۱۲۳۴" });
    expect(created.status).toBe(201);
    const again = await organizer("POST", `/api/series/${seriesId}/tracker/bodies`, { name: "بهزیستی‌استان قم" });
    expect(again.status).toBe(409);
    const into = bodies.find((body) => body.name === "سازمان بهزیستی")?.id;
    const from = (created.body as ResponsibleBody).id;
    expect((await viewer("POST", `/api/series/${seriesId}/tracker/bodies/merge`, { from, into })).status).toBe(403);
    const merged = await organizer("POST", `/api/series/${seriesId}/tracker/bodies/merge`, { from, into });
    expect(merged.status).toBe(200);
    expect((merged.body as { bodies: ResponsibleBody[] }).bodies.find((body) => body.id === into)?.aliases).toEqual(["بهزیستی استان قم"]);
  });
});
