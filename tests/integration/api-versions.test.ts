// /api/meetings/:id/lock, /reopen, /versions, /versions/:n, /versions/:n/verify
// and /versions/:n/export through the real server: the organizer locks the
// minutes into numbered, hashed versions and reopens them; members read and
// verify and export the versions; nobody else does any of it, and a refusal
// changes nothing.
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canonicalJson } from "@/lib/canonical-json";
import { meetingDocName } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { storedDoc } from "../helpers/collab-inspect";
import { inLocale } from "../helpers/sign-in";

const app = appForFile();
/** The demo users, and an outsider: a member of another meeting only. */
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, reviewer, viewer, outsider, cookies } = users;
let seriesId: string;

interface Version {
  id: string;
  number: number;
  lockedAt: string;
  lockedBy: { id: string; name: string };
  note: string;
  sha256: string;
}

/** A new meeting of the sample series with the demo note-taker, reviewer and viewer as members. */
async function newMeeting(): Promise<string> {
  const title = "جلسهٔ نسخه‌ها Versions meeting";
  // Ahead: with no version yet, its minutes are a draft.
  const startsAt = { year: 1450, month: 7, day: 1, hour: 17, minute: 0 };
  return meetingWithDemoMembers(organizer, { seriesId, title, startsAt, agenda: ["موضوع نخست"] }, ["noteTaker", "reviewer", "viewer"]);
}

/** What a refused request must leave as it was. */
async function versionState(meetingId: string): Promise<unknown> {
  const [meeting, versions] = await Promise.all([
    app.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true } }),
    app.db.minutesVersion.findMany({ where: { meetingId }, orderBy: { number: "asc" } }),
  ]);
  return { status: meeting.minutesStatus, versions };
}

async function lock(meetingId: string, note?: string): Promise<Version> {
  const answer = await organizer("POST", `/api/meetings/${meetingId}/lock`, note === undefined ? undefined : { note });
  expect(answer.status).toBe(201);
  return answer.body as Version;
}

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("POST /api/meetings/:id/lock", () => {
  it("refuses nobody signed in (401), a stranger (404), a note-taker or reviewer (403), and changes nothing", async () => {
    const meetingId = await newMeeting();
    const before = await versionState(meetingId);
    const path = `/api/meetings/${meetingId}/lock`;
    expect((await anonymous("POST", path, {})).status).toBe(401);
    expect((await outsider("POST", path, {})).status).toBe(404);
    expect((await noteTaker("POST", path, {})).status).toBe(403);
    expect((await reviewer("POST", path, {})).status).toBe(403);
    expect((await organizer("POST", "/api/meetings/no-such-meeting/lock", {})).status).toBe(404);
    expect(await versionState(meetingId)).toEqual(before);
  });

  it("locks version 1, whose stored hash is the SHA-256 of the canonical JSON of the minutes, recomputed here", async () => {
    const meetingId = await newMeeting();
    const doc = await storedDoc(app.db, meetingDocName(meetingId));
    const expectedContent = canonicalJson(minutesJson(doc));
    doc.destroy();
    const expectedHash = createHash("sha256").update(Buffer.from(expectedContent, "utf8")).digest("hex");

    const version = await lock(meetingId, "  نسخهٔ نخست برای بازبینی  ");
    expect(version).toMatchObject({ number: 1, note: "نسخهٔ نخست برای بازبینی", sha256: expectedHash });
    expect(version.lockedBy.name).toBe("زهرا احمدی");
    expect(Math.abs(Date.parse(version.lockedAt) - Date.now())).toBeLessThan(60_000);

    const stored = await app.db.minutesVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(stored.content).toBe(expectedContent);
    expect(stored.sha256).toBe(createHash("sha256").update(Buffer.from(stored.content, "utf8")).digest("hex"));
    expect(canonicalJson(JSON.parse(stored.content))).toBe(stored.content);
    expect((await app.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesStatus).toBe("locked");
  });

  it("refuses to lock locked minutes (409) in the user's language, and changes nothing", async () => {
    const meetingId = await newMeeting();
    await lock(meetingId);
    const before = await versionState(meetingId);
    const twice = await organizer("POST", `/api/meetings/${meetingId}/lock`, { note: "دوباره" });
    expect(twice.status).toBe(409);
    expect(errorOf(twice)).toMatchObject({
      code: "conflict",
      message: "صورت‌جلسه پیش‌تر قفل شده است. برای ساختن نسخهٔ تازه، ابتدا آن را برای بازنگری باز کنید.",
    });
    const twiceEn = await organizerEn("POST", `/api/meetings/${meetingId}/lock`);
    expect(errorOf(twiceEn).message).toBe("The minutes are already locked. Reopen them for revision before locking a new version.");
    expect(await versionState(meetingId)).toEqual(before);
  });

  it("refuses a note that is too long or not text (422), and locks nothing", async () => {
    const meetingId = await newMeeting();
    const before = await versionState(meetingId);
    const long = await organizerEn("POST", `/api/meetings/${meetingId}/lock`, { note: "x".repeat(1001) });
    expect(long.status).toBe(422);
    expect(errorOf(long).fields).toEqual({ note: "The note can be at most 1000 characters long." });
    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, { note: 7 })).status).toBe(422);
    expect(await versionState(meetingId)).toEqual(before);
  });
});

describe("POST /api/meetings/:id/reopen", () => {
  it("lets the organizer reopen locked minutes; the next lock makes version 2", async () => {
    const meetingId = await newMeeting();
    const v1 = await lock(meetingId);
    const reopened = await organizer("POST", `/api/meetings/${meetingId}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toEqual({ state: { kind: "revising", after: 1, published: null } });
    expect((await app.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesStatus).toBe("open");
    expect(await app.db.minutesVersion.findUniqueOrThrow({ where: { id: v1.id } })).toMatchObject({ number: 1, sha256: v1.sha256 });
    const v2 = await lock(meetingId, "پس از بازنگری");
    expect(v2.number).toBe(2);
  });

  it("refuses open minutes (409), nobody (401), a stranger (404), a note-taker or reviewer (403), and changes nothing", async () => {
    const meetingId = await newMeeting();
    const path = `/api/meetings/${meetingId}/reopen`;
    const open = await organizerEn("POST", path);
    expect(open.status).toBe(409);
    expect(errorOf(open).message).toBe("The minutes are not locked, so there is nothing to reopen.");
    await lock(meetingId);
    const before = await versionState(meetingId);
    expect((await anonymous("POST", path)).status).toBe(401);
    expect((await outsider("POST", path)).status).toBe(404);
    expect((await noteTaker("POST", path)).status).toBe(403);
    expect((await reviewer("POST", path)).status).toBe(403);
    expect(await versionState(meetingId)).toEqual(before);
  });
});

describe("GET /api/meetings/:id/versions", () => {
  it("lists the versions, newest first, to every member, with who locked each, its note and hash, and the state", async () => {
    const meetingId = await newMeeting();
    const empty = await viewer("GET", `/api/meetings/${meetingId}/versions`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ state: { kind: "draft" }, versions: [], currentPublication: null });
    const v1 = await lock(meetingId, "یک");
    await organizer("POST", `/api/meetings/${meetingId}/reopen`);
    const v2 = await lock(meetingId, "دو");
    for (const member of [organizer, noteTaker, reviewer, viewer]) {
      const answer = await member("GET", `/api/meetings/${meetingId}/versions`);
      expect(answer.status).toBe(200);
      const list = answer.body as { state: { kind: string }; versions: Array<Version & { publications: unknown[] }> };
      expect(list.state).toMatchObject({ kind: "locked", version: 2, lockedBy: "زهرا احمدی", published: null });
      expect(list.versions.map((version) => [version.number, version.note, version.sha256])).toEqual([
        [2, "دو", v2.sha256],
        [1, "یک", v1.sha256],
      ]);
      expect(list.versions[0]).toMatchObject({ lockedBy: { name: "زهرا احمدی" }, publications: [], isCurrentPublication: false });
    }
  });

  it("refuses nobody signed in (401) and a stranger (404)", async () => {
    const meetingId = await newMeeting();
    expect((await anonymous("GET", `/api/meetings/${meetingId}/versions`)).status).toBe(401);
    expect((await outsider("GET", `/api/meetings/${meetingId}/versions`)).status).toBe(404);
  });
});

describe("GET /api/meetings/:id/versions/:n", () => {
  it("gives members a version's content, structured reading and the meeting's details at the lock", async () => {
    const meetingId = await newMeeting();
    const v1 = await lock(meetingId);
    await organizer("PATCH", `/api/meetings/${meetingId}`, { title: "عنوانی که بعداً داده شد" });
    const answer = await reviewer("GET", `/api/meetings/${meetingId}/versions/1`);
    expect(answer.status).toBe(200);
    const version = answer.body as Version & {
      content: { type: string };
      reading: { sections: Array<{ kind: string; title: string }> };
      meeting: { title: string };
    };
    expect(version).toMatchObject({ id: v1.id, number: 1, sha256: v1.sha256 });
    expect(version.content.type).toBe("doc");
    expect(canonicalJson(version.content)).toBe((await app.db.minutesVersion.findUniqueOrThrow({ where: { id: v1.id } })).content);
    expect(version.reading.sections.filter((section) => section.kind === "topic").map((section) => section.title)).toEqual([
      "موضوع نخست",
    ]);
    expect(version.meeting.title).toBe("جلسهٔ نسخه‌ها Versions meeting");
  });

  it("answers 404 for an unknown or malformed number and a stranger, 401 for nobody", async () => {
    const meetingId = await newMeeting();
    await lock(meetingId);
    expect((await organizer("GET", `/api/meetings/${meetingId}/versions/2`)).status).toBe(404);
    expect((await organizer("GET", `/api/meetings/${meetingId}/versions/0`)).status).toBe(404);
    expect((await organizer("GET", `/api/meetings/${meetingId}/versions/1.5`)).status).toBe(404);
    expect((await organizer("GET", `/api/meetings/${meetingId}/versions/one`)).status).toBe(404);
    expect((await outsider("GET", `/api/meetings/${meetingId}/versions/1`)).status).toBe(404);
    expect((await anonymous("GET", `/api/meetings/${meetingId}/versions/1`)).status).toBe(401);
  });
});

describe("GET /api/meetings/:id/versions/:n/state", () => {
  const getState = (cookie: string, path: string): Promise<Response> => fetch(`${app.url}${path}`, { headers: { cookie } });

  it("gives members the version's Yjs state, whose minutes are the version's content", async () => {
    const meetingId = await newMeeting();
    const v1 = await lock(meetingId);
    const answer = await getState(cookies.viewer, `/api/meetings/${meetingId}/versions/1/state`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/octet-stream");
    const bytes = new Uint8Array(await answer.arrayBuffer());
    const stored = await app.db.minutesVersion.findUniqueOrThrow({ where: { id: v1.id }, select: { yjsState: true } });
    expect(Buffer.from(bytes).equals(Buffer.from(stored.yjsState))).toBe(true);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    expect(doc.getXmlFragment(MINUTES_FRAGMENT).toString()).toContain("موضوع نخست");
    doc.destroy();
  });

  it("refuses a stranger and an unknown version (404), and nobody signed in (401)", async () => {
    const meetingId = await newMeeting();
    await lock(meetingId);
    expect((await getState(cookies.outsider, `/api/meetings/${meetingId}/versions/1/state`)).status).toBe(404);
    expect((await getState(cookies.organizer, `/api/meetings/${meetingId}/versions/2/state`)).status).toBe(404);
    expect((await getState("", `/api/meetings/${meetingId}/versions/1/state`)).status).toBe(401);
  });
});

describe("GET /api/meetings/:id/versions/:n/verify", () => {
  it("passes a stored version, and names the failed checks once one byte of its content is changed in the database", async () => {
    const meetingId = await newMeeting();
    const v1 = await lock(meetingId);
    const path = `/api/meetings/${meetingId}/versions/1/verify`;
    const passed = await viewer("GET", path);
    expect(passed.status).toBe(200);
    expect(passed.body).toEqual({
      versionId: v1.id,
      number: 1,
      ok: true,
      failed: [],
      storedSha256: v1.sha256,
      computedSha256: v1.sha256,
    });

    const { content } = await app.db.minutesVersion.findUniqueOrThrow({ where: { id: v1.id } });
    const bytes = Buffer.from(content, "utf8");
    const at = bytes.indexOf('"doc"') + 1;
    bytes[at] = "D".charCodeAt(0);
    await app.db.minutesVersion.update({ where: { id: v1.id }, data: { content: bytes.toString("utf8") } });

    const failed = await reviewer("GET", path);
    expect(failed.status).toBe(200);
    const result = failed.body as { ok: boolean; failed: string[]; storedSha256: string; computedSha256: string };
    expect(result).toMatchObject({ ok: false, failed: ["hash", "yjsState"], storedSha256: v1.sha256 });
    expect(result.computedSha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("refuses a stranger (404) and nobody signed in (401)", async () => {
    const meetingId = await newMeeting();
    await lock(meetingId);
    expect((await outsider("GET", `/api/meetings/${meetingId}/versions/1/verify`)).status).toBe(404);
    expect((await anonymous("GET", `/api/meetings/${meetingId}/versions/1/verify`)).status).toBe(401);
    expect((await organizer("GET", `/api/meetings/${meetingId}/versions/9/verify`)).status).toBe(404);
  });
});

describe("GET /api/meetings/:id/versions/:n/export", () => {
  const download = (path: string, cookie?: string): Promise<Response> =>
    fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

  it("gives members the version as HTML, Markdown and DOCX, rendered from the version", async () => {
    const meetingId = await newMeeting();
    const v1 = await lock(meetingId, "برای انتشار");
    const path = `/api/meetings/${meetingId}/versions/1/export`;

    const html = await download(`${path}?format=html`, cookies.viewer);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-disposition")).toMatch(/^attachment; filename="kateb-minutes-v1\.html"; filename\*=UTF-8''/);
    expect(html.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await html.text();
    expect(page).toContain("جلسهٔ نسخه‌ها Versions meeting");
    expect(page).toContain(v1.sha256);
    expect(page).not.toMatch(/<script/i);

    const markdown = await download(`${path}?format=md&lang=en`, cookies.viewer);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await markdown.text();
    expect(text).toContain("Versions meeting");
    expect(text).toContain(v1.sha256);

    const docx = await download(`${path}?format=docx`, cookies.viewer);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(documentXml).toContain("Versions meeting");
    expect(documentXml).toContain("<w:bidi");
  });

  it("refuses an unknown format (422), an unknown version and a stranger (404), and nobody signed in (401)", async () => {
    const meetingId = await newMeeting();
    await lock(meetingId);
    const path = `/api/meetings/${meetingId}/versions/1/export`;
    const odt = await download(`${path}?format=odt`, inLocale(cookies.organizer, "en"));
    expect(odt.status).toBe(422);
    expect(((await odt.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({
      format: "Choose a format: pdf, docx, md or html.",
    });
    expect((await download(path, cookies.organizer)).status).toBe(422);
    expect((await download(`/api/meetings/${meetingId}/versions/2/export?format=md`, cookies.organizer)).status).toBe(404);
    expect((await download(`${path}?format=md`, cookies.outsider)).status).toBe(404);
    expect((await download(`${path}?format=md`)).status).toBe(401);
  });
});
