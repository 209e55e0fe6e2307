// The published link's page and files through the real server: the page is
// the report renderer's HTML with no script at all and a bar of plain links;
// its PDF (printed by Chromium on the server), Word and Markdown files are
// there for anyone holding the live link, and gone with it when it is
// revoked. Members download the same PDF from the version's exports.
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { PublicationSummary } from "@/lib/contracts/publications";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, lockNextVersion, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { pdfPageCount, pdfText } from "../helpers/pdf-text";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "outsider"]);
const { organizer, outsider } = users;
let seriesId: string;

const TITLE = "جلسهٔ پرونده‌ها Files meeting";

async function publishedMeeting(title = TITLE): Promise<{ meetingId: string; publication: PublicationSummary }> {
  const startsAt = { year: 1404, month: 7, day: 1, hour: 17, minute: 0 };
  const guests = [{ name: "دکتر مهمان", role: "معاون", organisation: "سازمان" }];
  const meetingId = await meetingWithDemoMembers(organizer, { seriesId, title, startsAt, place: "قم", guests, agenda: ["موضوع نخست"] }, ["noteTaker", "reviewer"]);
  await lockNextVersion(organizer, meetingId);
  const answer = await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 1 });
  expect(answer.status).toBe(201);
  return { meetingId, publication: answer.body as PublicationSummary };
}

/** What a browser gets: with no cookies, or with someone's. */
async function get(path: string, cookie?: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("the published page", () => {
  it("has no script at all, its font on its own site, and plain links to its files and a print view", async () => {
    const { publication } = await publishedMeeting();
    const response = await get(publication.path);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(TITLE);
    expect(html).toContain(`url("/fonts/vazirmatn.woff2")`);
    const hrefs = [...html.matchAll(/class="kr-download" href="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
    expect(hrefs).toEqual([
      `${publication.path}/pdf?lang=fa`,
      `${publication.path}/docx?lang=fa`,
      `${publication.path}/md?lang=fa`,
      `${publication.path}/pdf?lang=fa&view=inline`,
    ]);
    const font = await get("/fonts/vazirmatn.woff2");
    expect(font.headers.get("content-type")).toBe("font/woff2");
    expect(Buffer.from(await font.arrayBuffer()).subarray(0, 4).toString("latin1")).toBe("wOF2");
  });
});

describe("the published files", () => {
  it("serve Markdown, Word and a PDF printed on the server, each naming the meeting and the version's hash", async () => {
    const { meetingId, publication } = await publishedMeeting();
    const version = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId, number: 1 } });

    const md = await get(`${publication.path}/md?lang=en`);
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("content-disposition")).toMatch(/^attachment; filename="kateb-minutes-v1\.md"/);
    const markdown = await md.text();
    expect(markdown).toContain(TITLE);
    expect(markdown).toContain(version.sha256);

    const docx = await get(`${publication.path}/docx`);
    expect(docx.status).toBe(200);
    const documentXml = (await (await JSZip.loadAsync(await docx.arrayBuffer())).file("word/document.xml")?.async("string")) ?? "";
    expect(documentXml).toContain("Files meeting");
    expect(documentXml).toContain(version.sha256);

    const pdf = await get(`${publication.path}/pdf?lang=en`);
    expect(pdf.status, await pdf.clone().text().then((text) => text.slice(0, 300))).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="kateb-minutes-v1\.pdf"/);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Files meeting");
    expect(text.replace(/\s+/g, "")).toContain(version.sha256);
    expect(await pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);

    const print = await get(`${publication.path}/pdf?lang=en&view=inline`);
    expect(print.headers.get("content-disposition")).toMatch(/^inline; /);
  });

  it("are gone with a revoked link, and nothing else lives under a link", async () => {
    const { meetingId, publication } = await publishedMeeting("گزارش پس‌گرفته Revoked files");
    expect((await get(`${publication.path}/nothing`)).status).toBe(404);
    expect((await organizer("DELETE", `/api/meetings/${meetingId}/publications/${publication.id}`)).status).toBe(200);
    for (const file of ["pdf", "docx", "md"]) {
      const answer = await get(`${publication.path}/${file}`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await answer.text()).not.toContain("Revoked files");
    }
  });
});

describe("a member's PDF export", () => {
  it("is the same printed report; a stranger gets 404 and nobody signed in 401", async () => {
    const { meetingId } = await publishedMeeting();
    const path = `/api/meetings/${meetingId}/versions/1/export?format=pdf&lang=en`;
    const pdf = await get(path, users.cookies.organizer);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain("Files meeting");
    expect((await get(path, users.cookies.outsider)).status).toBe(404);
    expect((await get(path)).status).toBe(401);
  });
});
