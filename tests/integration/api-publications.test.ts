// /api/meetings/:id/publications and the public page /r/<token> through the
// real server: the organizer publishes a version to an unguessable link that
// anyone reads without cookies or JavaScript, under a strict
// Content-Security-Policy and "noindex" by default; a newer published version
// makes older links name it; a revoked link answers 404 and shows nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { PublicationSummary } from "@/lib/contracts/publications";
import * as Y from "yjs";
import { meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, lockNextVersion, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { storedDoc } from "../helpers/collab-inspect";

const CSP =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, reviewer, outsider } = users;
let seriesId: string;

type Publication = PublicationSummary;

async function newMeeting(title = "جلسهٔ انتشار Publication meeting"): Promise<string> {
  const startsAt = { year: 1404, month: 7, day: 1, hour: 17, minute: 0 };
  const guests = [{ name: "دکتر مهمان", role: "معاون", organisation: "سازمان" }];
  return meetingWithDemoMembers(organizer, { seriesId, title, startsAt, place: "قم", guests, agenda: ["موضوع نخست"] }, ["noteTaker", "reviewer"]);
}

/** Locks the minutes into the next version (reopening them first when locked). */
const lockNext = (meetingId: string): Promise<number> => lockNextVersion(organizer, meetingId);

async function publish(meetingId: string, versionNumber: number, indexable?: boolean): Promise<Publication> {
  const answer = await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber, indexable });
  expect(answer.status).toBe(201);
  return answer.body as Publication;
}

/** The readable sentence of a revoked or unknown link's page, in both languages. */
const NOT_FOUND = ["این گزارش در دسترس نیست", "This report is not available"];

/** The public page as a browser with no cookies gets it. */
async function publicPage(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; html: string; head: string; text: string }> {
  const response = await fetch(`${app.url}${path}`, { redirect: "manual", headers: { "user-agent": "Mozilla/5.0 Chrome/130", ...headers } });
  const html = await response.text();
  const head = html.slice(0, html.indexOf("</head>"));
  // What a reader sees: the markup has no script to leave out.
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
  return { status: response.status, headers: response.headers, html, head, text };
}

async function publicationCount(): Promise<number> {
  return app.db.publication.count();
}

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("POST /api/meetings/:id/publications", () => {
  it("refuses nobody signed in (401), a stranger (404), a note-taker or reviewer (403), publishing nothing", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const before = await publicationCount();
    const path = `/api/meetings/${meetingId}/publications`;
    expect((await anonymous("POST", path, { versionNumber: 1 })).status).toBe(401);
    expect((await outsider("POST", path, { versionNumber: 1 })).status).toBe(404);
    expect((await noteTaker("POST", path, { versionNumber: 1 })).status).toBe(403);
    expect((await reviewer("POST", path, { versionNumber: 1 })).status).toBe(403);
    expect(await publicationCount()).toBe(before);
  });

  it("refuses a version the meeting does not have, or another meeting's, and bad input (422), publishing nothing", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const other = await newMeeting("جلسهٔ دیگری با سه نسخه");
    for (let i = 0; i < 3; i += 1) await lockNext(other);
    const before = await publicationCount();
    const path = `/api/meetings/${meetingId}/publications`;
    const unknown = await organizerEn("POST", path, { versionNumber: 7 });
    expect(unknown.status).toBe(422);
    expect(errorOf(unknown)).toMatchObject({
      code: "invalid_input",
      message: "This meeting has no version with this number.",
      fields: { versionNumber: "This meeting has no version with this number." },
    });
    // Version 3 exists, but of the other meeting.
    const othersVersion = await organizer("POST", path, { versionNumber: 3 });
    expect(othersVersion.status).toBe(422);
    expect(errorOf(othersVersion).fields).toEqual({ versionNumber: "این جلسه نسخه‌ای با این شماره ندارد." });
    for (const body of [{}, { versionNumber: 0 }, { versionNumber: 1.5 }, { versionNumber: "1" }, { versionNumber: 1, indexable: "yes" }]) {
      expect((await organizer("POST", path, body)).status).toBe(422);
    }
    expect(await publicationCount()).toBe(before);
  });

  it("publishes a version to a 192-bit link that anyone reads without cookies or JavaScript, with a strict CSP and noindex", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const publication = await publish(meetingId, 1);
    expect(publication).toMatchObject({ versionNumber: 1, indexable: false, revokedAt: null, path: `/r/${publication.token}` });
    expect(publication.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(publication.token, "base64url").length).toBeGreaterThanOrEqual(16);

    const page = await publicPage(publication.path);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(CSP);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    // The report renderer's own document: no script at all, Persian and right to left.
    expect(page.html).not.toMatch(/<script/i);
    expect(page.html).toMatch(/^<!doctype html>\n<html lang="fa" dir="rtl">/);
    expect(page.head).toContain('<meta name="robots" content="noindex">');
    // The site's icon, so that the browser asks for no /favicon.ico, which is a 404.
    expect(page.head).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml">');
    expect((await fetch(`${app.url}/icon.svg`)).status).toBe(200);
    expect(page.text).toContain("جلسهٔ انتشار Publication meeting");
    expect(page.text).toContain("دکتر مهمان");
    expect(page.text).toContain("موضوع نخست");
    const { sha256 } = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId, number: 1 } });
    expect(page.text).toContain(sha256);
    expect(page.text).not.toContain("نسخهٔ تازه‌تری از این گزارش منتشر شده است");
  });

  it("leaves out noindex when the organizer lets search engines index the page", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const publication = await publish(meetingId, 1, true);
    expect(publication.indexable).toBe(true);
    const page = await publicPage(publication.path);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('name="robots"');
  });

  it("makes an older link show its own version with a banner linking to the newer published version", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const first = await publish(meetingId, 1);
    await lockNext(meetingId);
    const second = await publish(meetingId, 2);

    const old = await publicPage(first.path);
    expect(old.status).toBe(200);
    expect(old.text).toContain("نسخهٔ تازه‌تری از این گزارش منتشر شده است");
    expect(old.html).toContain(`<a href="/r/${second.token}">خواندن نسخهٔ ۲</a>`);
    expect(old.text).toContain("نسخهٔ ۱");
    const current = await publicPage(second.path);
    expect(current.text).not.toContain("نسخهٔ تازه‌تری از این گزارش منتشر شده است");

    const listed = (await reviewer("GET", `/api/meetings/${meetingId}/versions`)).body as {
      state: unknown;
      currentPublication: Publication;
    };
    expect(listed.currentPublication.id).toBe(second.id);
    expect(listed.state).toMatchObject({ kind: "published", version: 2 });
  });
});

describe("DELETE /api/meetings/:id/publications/:publicationId", () => {
  it("refuses nobody (401), a stranger (404), a note-taker or reviewer (403), and the link stays live", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const publication = await publish(meetingId, 1);
    const path = `/api/meetings/${meetingId}/publications/${publication.id}`;
    expect((await anonymous("DELETE", path)).status).toBe(401);
    expect((await outsider("DELETE", path)).status).toBe(404);
    expect((await noteTaker("DELETE", path)).status).toBe(403);
    expect((await reviewer("DELETE", path)).status).toBe(403);
    const other = await newMeeting();
    expect((await organizer("DELETE", `/api/meetings/${other}/publications/${publication.id}`)).status).toBe(404);
    expect((await organizer("DELETE", `/api/meetings/${meetingId}/publications/no-such-link`)).status).toBe(404);
    expect((await publicPage(publication.path)).status).toBe(200);
  });

  it("revokes a link: it then answers 404 and shows nothing of the report", async () => {
    const meetingId = await newMeeting("گزارشی که پس گرفته می‌شود");
    await lockNext(meetingId);
    const publication = await publish(meetingId, 1);
    const answer = await organizer("DELETE", `/api/meetings/${meetingId}/publications/${publication.id}`);
    expect(answer.status).toBe(200);
    expect((answer.body as Publication).revokedAt).not.toBeNull();
    const page = await publicPage(publication.path);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-security-policy")).toBe(CSP);
    for (const sentence of NOT_FOUND) expect(page.text).toContain(sentence);
    expect(page.html).not.toMatch(/<script/i);
    expect(page.html).not.toContain("گزارشی که پس گرفته می‌شود");
    expect(page.html).not.toContain("دکتر مهمان");
    const listed = (await organizer("GET", `/api/meetings/${meetingId}/versions`)).body as { currentPublication: unknown };
    expect(listed.currentPublication).toBeNull();
  });
});

describe("GET /r/:token", () => {
  it("answers 404 for a token that was never issued, with the same policy, a readable page and no script", async () => {
    for (const path of ["/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/r/x", "/r/x/y/z"]) {
      const page = await publicPage(path);
      expect(page.status).toBe(404);
      expect(page.headers.get("content-security-policy")).toBe(CSP);
      expect(page.html).toMatch(/^<!doctype html>\n<html lang="fa" dir="rtl">/);
      for (const sentence of NOT_FOUND) expect(page.text).toContain(sentence);
      expect(page.html).not.toMatch(/<script/i);
    }
  });

  it("reads in English, left to right, for a reader who chose English, and still runs no script", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const { path } = await publish(meetingId, 1);
    const page = await publicPage(path, { cookie: "kateb-locale=en" });
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page.text).toContain("جلسهٔ انتشار Publication meeting");
    expect(page.html).not.toMatch(/<script/i);
    const gone = await publicPage("/r/x", { "accept-language": "en-GB,en;q=0.9" });
    expect(gone.status).toBe(404);
    expect(gone.html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
  });

  it("shows content crafted to inject script as text, never as markup", async () => {
    const title = "عنوان </script><script>alert('title')</script>";
    const meetingId = await newMeeting(title);
    expect((await organizer("PATCH", `/api/meetings/${meetingId}`, {
      guests: [{ name: `<img src=x onerror="alert('guest')">`, role: "", organisation: "" }],
    })).status).toBe(200);
    // A note-taker's paragraph, stored as the collaboration server stores an update.
    const docName = meetingDocName(meetingId);
    const doc = await storedDoc(app.db, docName);
    const before = Y.encodeStateVector(doc);
    const topic = findSection(doc.getXmlFragment(MINUTES_FRAGMENT), "topic");
    if (!topic) throw new Error("the minutes have no topic section");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    topic.push([paragraph]);
    text.insert(0, `<img src=x onerror="alert('minutes')"> `);
    text.insert(text.length, "click me", { link: { href: "javascript:alert('link')" } });
    await app.db.collabUpdate.create({ data: { docName, data: Uint8Array.from(Y.encodeStateAsUpdate(doc, before)) } });
    doc.destroy();

    await lockNext(meetingId);
    const page = await publicPage((await publish(meetingId, 1)).path);
    expect(page.status).toBe(200);
    expect(page.text).toContain(title);
    expect(page.text).toContain(`<img src=x onerror="alert('minutes')">`);
    expect(page.text).toContain(`<img src=x onerror="alert('guest')">`);
    expect(page.html).not.toMatch(/<img[^>]*onerror/i);
    expect(page.html).not.toContain("<script>alert");
    expect(page.html).not.toMatch(/href="javascript:/i);
  });
});

/** The first section of `kind`, depth first. */
function findSection(parent: Y.XmlFragment | Y.XmlElement, kind: string): Y.XmlElement | null {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === "section" && child.getAttribute("kind") === kind) return child;
    const found = findSection(child, kind);
    if (found) return found;
  }
  return null;
}
