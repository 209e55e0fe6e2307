// /api/series, /api/series/:id and /api/series/:id/categories through the real
// server: who may call each, and what a refused or invalid request leaves behind.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PROPOSAL_CATEGORIES } from "@/lib/proposal-categories";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf, type Api } from "../helpers/api-client";
import { rowCounts } from "../helpers/row-counts";

const app = appForFile();
const users = signedInUsers(["organizer", "reviewer", "outsider"]);
const { anonymous, organizer, organizerEn, reviewer, outsider } = users;
let sample: SeriesView;

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app, "کاربر بیرونی"));
  const list = await organizer("GET", "/api/series");
  [sample] = (list.body as { series: [SeriesView] }).series;
});

describe("GET /api/series", () => {
  it("requires authentication, in Persian by default", async () => {
    const answer = await anonymous("GET", "/api/series");
    expect(answer.status).toBe(401);
    expect(errorOf(answer)).toMatchObject({ code: "unauthenticated", message: "لطفاً ابتدا وارد شوید." });
  });

  it("lists the seeded series with its ten categories to its organizer, who manages it", () => {
    expect(sample.title).toBe("جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم");
    expect(sample.categories.map((category) => category.name)).toEqual(DEFAULT_PROPOSAL_CATEGORIES);
    expect(sample.canManage).toBe(true);
  });

  it("lists it to a reviewer of its meeting, read-only, and not to a stranger", async () => {
    const forReviewer = await reviewer("GET", "/api/series");
    expect(forReviewer.status).toBe(200);
    expect((forReviewer.body as { series: SeriesView[] }).series).toEqual([{ ...sample, canManage: false }]);
    const forOutsider = await outsider("GET", "/api/series");
    expect(forOutsider).toEqual({ status: 200, body: { series: [] } });
  });
});

describe("POST /api/series", () => {
  it("requires authentication", async () => {
    const before = await rowCounts(app.db);
    expect((await anonymous("POST", "/api/series", { title: "x" })).status).toBe(401);
    expect(await rowCounts(app.db)).toEqual(before);
  });

  it("creates a series with the default categories, managed by its creator only", async () => {
    const answer = await outsider("POST", "/api/series", { title: "  نشست‌های  فصلی " });
    expect(answer.status).toBe(201);
    const created = answer.body as SeriesView;
    expect(created).toMatchObject({ title: "نشست‌های فصلی", canManage: true, removedCategories: [] });
    expect(created.categories.map((category) => category.name)).toEqual(DEFAULT_PROPOSAL_CATEGORIES);
    const listed = (await outsider("GET", "/api/series")).body as { series: SeriesView[] };
    expect(listed.series).toEqual([created]);
    const forOrganizer = (await organizer("GET", "/api/series")).body as { series: SeriesView[] };
    expect(forOrganizer.series.map((series) => series.id)).not.toContain(created.id);
  });

  it("creates a series with its own categories", async () => {
    const answer = await organizer("POST", "/api/series", { title: "جلسات شورا", categories: ["بودجه", "آموزش"] });
    expect(answer.status).toBe(201);
    expect((answer.body as SeriesView).categories.map((category) => category.name)).toEqual(["بودجه", "آموزش"]);
  });

  it("refuses an empty or over-long title and duplicate categories, saving nothing", async () => {
    const before = await rowCounts(app.db);
    const empty = await organizer("POST", "/api/series", { title: "   " });
    expect(empty.status).toBe(422);
    expect(errorOf(empty)).toEqual({
      code: "invalid_input",
      message: "بخشی از آنچه وارد کرده‌اید معتبر نیست.",
      fields: { title: "عنوان را وارد کنید." },
    });
    const long = await organizerEn("POST", "/api/series", { title: "ب".repeat(301) });
    expect(long.status).toBe(422);
    expect(errorOf(long).fields).toEqual({ title: "The title can be at most 300 characters long." });
    const duplicates = await organizerEn("POST", "/api/series", { title: "x", categories: ["آموزش", "اموزش", "آموزش "] });
    expect(duplicates.status).toBe(422);
    expect(errorOf(duplicates).fields).toEqual({ "categories.2": "This category is already in the list." });
    expect(await rowCounts(app.db)).toEqual(before);
  });
});

describe("GET /api/series/:id", () => {
  it("shows the series to a reader of it", async () => {
    expect(await reviewer("GET", `/api/series/${sample.id}`)).toEqual({ status: 200, body: { ...sample, canManage: false } });
  });

  it("is not found for a stranger, exactly as for a series that does not exist", async () => {
    const hidden = await outsider("GET", `/api/series/${sample.id}`);
    const missing = await outsider("GET", "/api/series/no-such-series");
    expect(hidden.status).toBe(404);
    expect(hidden).toEqual(missing);
    expect((await anonymous("GET", `/api/series/${sample.id}`)).status).toBe(401);
  });
});

describe("PUT /api/series/:id/categories", () => {
  const put = (api: Api, categories: unknown, seriesId = sample.id) =>
    api("PUT", `/api/series/${seriesId}/categories`, { categories });

  it("lets an organizer rename, reorder, add and remove categories, keeping their ids", async () => {
    const series = ((await organizer("POST", "/api/series", { title: "ویرایش دسته‌ها", categories: ["الف", "ب", "ج"] }))
      .body as SeriesView);
    const [a, b, c] = series.categories as [{ id: string; name: string }, { id: string; name: string }, { id: string; name: string }];
    const answer = await put(organizer, [{ id: c.id, name: "ج" }, { name: "د" }, { id: a.id, name: "الف تازه" }], series.id);
    expect(answer.status).toBe(200);
    const edited = answer.body as SeriesView;
    expect(edited.categories).toEqual([
      { id: c.id, name: "ج" },
      { id: expect.any(String) as string, name: "د" },
      { id: a.id, name: "الف تازه" },
    ]);
    expect(edited.removedCategories).toEqual([b]);
    const restored = (await put(organizer, [...edited.categories, b], series.id)).body as SeriesView;
    expect(restored.categories.at(-1)).toEqual(b);
    expect(restored.removedCategories).toEqual([]);
  });

  it("refuses a reviewer (403), a stranger (404) and nobody signed in (401)", async () => {
    const before = await rowCounts(app.db);
    const same = sample.categories;
    expect(errorOf(await put(reviewer, same))).toMatchObject({ code: "forbidden", message: "شما اجازهٔ این کار را ندارید." });
    expect((await put(reviewer, same)).status).toBe(403);
    expect((await put(outsider, same)).status).toBe(404);
    expect((await put(anonymous, same)).status).toBe(401);
    expect(await rowCounts(app.db)).toEqual(before);
  });

  it("refuses an unknown category id, or one of another series, and changes nothing", async () => {
    const other = (await organizer("POST", "/api/series", { title: "دیگری", categories: ["بیگانه"] })).body as SeriesView;
    const before = await app.db.proposalCategory.findMany({ orderBy: { id: "asc" } });
    const renamed = sample.categories.map((category) => ({ ...category, name: `${category.name} ۲` }));
    const answer = await put(organizerEn, [...renamed, { id: "no-such-category", name: "تازه" }, { ...other.categories[0], name: "x" }]);
    expect(answer.status).toBe(422);
    expect(errorOf(answer).fields).toEqual({
      "categories.10.id": "This category is not one of this series' categories.",
      "categories.11.id": "This category is not one of this series' categories.",
    });
    const inPersian = await put(organizer, [{ id: "no-such-category", name: "تازه" }]);
    expect(errorOf(inPersian).fields).toEqual({ "categories.0.id": "این دسته از دسته‌های این مجموعهٔ جلسات نیست." });
    expect(await app.db.proposalCategory.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses an empty list and duplicate names", async () => {
    expect(errorOf(await put(organizerEn, [])).fields).toEqual({ categories: "Keep at least one proposal category." });
    const duplicate = await put(organizer, [...sample.categories, { name: "ساختار ها" }, { name: "ساختارها" }]);
    expect(duplicate.status).toBe(422);
    expect(errorOf(duplicate).fields).toEqual({ "categories.11.name": "این دسته پیش‌تر در فهرست آمده است." });
  });
});
