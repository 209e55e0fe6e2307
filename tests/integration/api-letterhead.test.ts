// /api/series/:id/letterhead and its logo through the real server: organizers
// of the series set the organisation, the unit and a PNG or JPEG logo (read
// from its bytes, at most 1 MiB); members read them; others learn nothing.
// A lock keeps the letterhead with the version: its report (HTML, Markdown,
// DOCX, the published page) prints it, and changing the series' letterhead
// later changes only the versions locked after.
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Letterhead } from "@/lib/contracts/letterhead";
import type { PublicationSummary } from "@/lib/contracts/publications";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, lockNextVersion, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { jpegHead, pngImage } from "../helpers/images";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "outsider"]);
const { anonymous, organizer, noteTaker, reviewer, outsider } = users;
let seriesId: string;
let letterheadPath: string;

const ORGANISATION = "کمیسیون حقوق بشر اسلامی";
const UNIT = "دفتر قم";

/** Sends a file's bytes as a browser's upload does, as `cookie`'s owner. */
async function upload(bytes: Uint8Array, cookie: string | undefined, type = "application/octet-stream"): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.url}${letterheadPath}/logo`, {
    method: "PUT",
    headers: { "content-type": type, ...(cookie ? { cookie } : {}) },
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

async function download(path: string, cookie = users.cookies.organizer): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: { cookie } });
}

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  letterheadPath = `/api/series/${seriesId}/letterhead`;
  await meetingOfTheirOwn(outsider);
  await meetingWithDemoMembers(organizer, { seriesId, title: "جلسهٔ اعضا", startsAt: { year: 1404, month: 7, day: 1, hour: 17, minute: 0 }, place: "", guests: [], agenda: [] }, ["noteTaker", "reviewer"]);
});

describe("the letterhead's texts", () => {
  it("are set by an organizer of the series and read by its members; others are refused and nothing changes", async () => {
    expect((await anonymous("PATCH", letterheadPath, { organisation: "x", unit: "" })).status).toBe(401);
    expect((await outsider("PATCH", letterheadPath, { organisation: "x", unit: "" })).status).toBe(404);
    expect((await noteTaker("PATCH", letterheadPath, { organisation: "x", unit: "" })).status).toBe(403);
    expect((await outsider("GET", letterheadPath)).status).toBe(404);
    expect((await reviewer("GET", letterheadPath)).body).toEqual({ organisation: "", unit: "", logo: null });

    const saved = await organizer("PATCH", letterheadPath, { organisation: ` ${ORGANISATION}\u202e `, unit: UNIT });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ organisation: ORGANISATION, unit: UNIT, logo: null });
    expect((await reviewer("GET", letterheadPath)).body).toMatchObject({ organisation: ORGANISATION, unit: UNIT });
  });

  it("refuses a name over 200 characters or a missing field with the field's message, saving nothing", async () => {
    const tooLong = await organizer("PATCH", letterheadPath, { organisation: "ا".repeat(201), unit: "" });
    expect(tooLong.status).toBe(422);
    expect(errorOf(tooLong).fields).toHaveProperty("organisation");
    expect((await organizer("PATCH", letterheadPath, { organisation: "x" })).status).toBe(422);
    expect((await reviewer("GET", letterheadPath)).body).toMatchObject({ organisation: ORGANISATION });
  });
});

describe("the letterhead's logo", () => {
  it("takes a PNG or a JPEG read from its bytes, served back to members only", async () => {
    const png = pngImage(160, 64);
    expect((await upload(png, users.cookies.reviewer)).status).toBe(403);
    expect((await upload(png, undefined)).status).toBe(401);
    const saved = await upload(png, users.cookies.organizer);
    expect(saved.status).toBe(200);
    expect((saved.body as Letterhead).logo).toMatchObject({ mime: "image/png", width: 160, height: 64 });
    const served = await download(`${letterheadPath}/logo`, users.cookies.reviewer);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect((await download(`${letterheadPath}/logo`, users.cookies.outsider)).status).toBe(404);
    expect((await upload(jpegHead(300, 100), users.cookies.organizer)).body).toMatchObject({ logo: { mime: "image/jpeg", width: 300, height: 100 } });
    expect((await upload(png, users.cookies.organizer)).status).toBe(200);
  });

  it("refuses an SVG, a file over 1 MiB and a form-like upload, keeping the logo it had", async () => {
    const before = (await reviewer("GET", letterheadPath)).body as Letterhead;
    const svg = await upload(new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), users.cookies.organizer);
    expect(svg.status).toBe(422);
    expect(errorOf(svg).message).toBe("نشان باید تصویر PNG یا JPEG باشد (SVG و دیگر قالب‌ها پذیرفته نمی‌شوند).");
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(pngImage(2, 2));
    expect((await upload(big, users.cookies.organizer)).status).toBe(413);
    expect((await upload(pngImage(2, 2), users.cookies.organizer, "text/plain")).status).toBe(403);
    expect((await reviewer("GET", letterheadPath)).body).toEqual(before);
  });

  it("is removed by an organizer only", async () => {
    expect((await noteTaker("DELETE", `${letterheadPath}/logo`)).status).toBe(403);
    expect((await organizer("DELETE", `${letterheadPath}/logo`)).body).toMatchObject({ logo: null });
    expect((await download(`${letterheadPath}/logo`)).status).toBe(404);
    expect((await upload(pngImage(160, 64), users.cookies.organizer)).status).toBe(200);
  });
});

describe("a version's letterhead", () => {
  it("is printed on its report in every format and on its published page, and stays as it was locked", async () => {
    const meetingId = await meetingWithDemoMembers(
      organizer,
      { seriesId, title: "جلسهٔ سربرگ Letterhead meeting", startsAt: { year: 1404, month: 7, day: 8, hour: 17, minute: 0 }, place: "قم", guests: [], agenda: ["موضوع"] },
      ["noteTaker"],
    );
    await lockNextVersion(organizer, meetingId);
    const exportOf = (format: string, number = 1): Promise<Response> => download(`/api/meetings/${meetingId}/versions/${number}/export?format=${format}`);

    const html = await (await exportOf("html")).text();
    expect(html).toContain(`<p class="kr-organisation" dir="auto">${ORGANISATION}</p>`);
    expect(html).toContain(`<p class="kr-unit" dir="auto">${UNIT}</p>`);
    expect(html).toMatch(/<img class="kr-logo" src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="نشان کمیسیون حقوق بشر اسلامی" width="160" height="64">/);
    expect(await (await exportOf("md")).text()).toContain(`**${ORGANISATION}**  \n${UNIT}`);
    const zip = await JSZip.loadAsync(await (await exportOf("docx")).arrayBuffer());
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(await zip.file("word/document.xml")?.async("string")).toContain(ORGANISATION);

    const published = (await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 1 })).body as PublicationSummary;
    const page = await (await fetch(`${app.url}${published.path}`)).text();
    expect(page).toContain(ORGANISATION);
    expect(page).toContain(`src="data:image/png;base64,`);

    // A new letterhead: version 1 keeps the old one; version 2 has the new.
    expect((await organizer("PATCH", letterheadPath, { organisation: "سازمان تازه", unit: "" })).status).toBe(200);
    expect((await upload(pngImage(64, 64, [200, 30, 30]), users.cookies.organizer)).status).toBe(200);
    await lockNextVersion(organizer, meetingId);
    const first = await (await exportOf("html", 1)).text();
    expect(first).toContain(ORGANISATION);
    expect(first).toContain('width="160" height="64"');
    const second = await (await exportOf("html", 2)).text();
    expect(second).toContain("سازمان تازه");
    expect(second).not.toContain(ORGANISATION);
    expect(second).toContain('width="64" height="64"');
  });
});
