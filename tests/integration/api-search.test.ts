// GET /api/search through the real process: who is asking decides what is
// looked at (a non-member finds nothing of the sample meeting, counts
// included, with any filter), the filters and the order are taken (and offered
// on the search page), bad input is answered with a reason and never a 500, and the
// index follows the live minutes as a note-taker types (within 5 s).
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { searchAnswer, type SearchAnswer } from "@/lib/contracts/search";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, meetingOfTheirOwn, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf, type Api } from "../helpers/api-client";
import { appendParagraph } from "../helpers/comment-anchors";
import { eventually } from "../helpers/eventually";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, viewer, outsider } = users;
let meetingId = "";

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  meetingId = /Seeded the demo users and the sample meeting \(([^)]+)\)/.exec(app.output())?.[1] ?? "";
});
afterAll(() => destroyAllStockClients());

/** Runs `npm run admin -- reindex` on the app's data folder. */
function reindex(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin.ts", "reindex"], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", KATEB_SECRET: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

async function found(person: Api, q: string, more = ""): Promise<SearchAnswer> {
  const answer = await person("GET", `/api/search?q=${encodeURIComponent(q)}${more}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return searchAnswer.parse(answer.body);
}

describe("GET /api/search", () => {
  it("needs a signed-in person", async () => {
    expect((await anonymous("GET", "/api/search?q=بهزیستی")).status).toBe(401);
  });

  it("finds the sample meeting's minutes for a member, with the date and a link to the block", async () => {
    const answer = await found(viewer, "اورژانس اجتماعي");
    const minutes = answer.groups.find((group) => group.kind === "minutes");
    expect(minutes?.total).toBeGreaterThan(0);
    const first = minutes?.results.find((result) => result.meetingId === meetingId);
    expect(first?.date).toBe("2019-11-16T14:30:00.000Z");
    expect(first?.link).toMatch(new RegExp(`^/meetings/${meetingId}#block-`));
    expect(first?.snippet.some((part) => part.match && part.text === "اورژانس")).toBe(true);
  });

  it("shows a non-member nothing of the meeting, not even a count", async () => {
    for (const q of ["اورژانس", "بهزیستی", "مسعودی", "پیشنهاد"]) {
      const answer = await outsider("GET", `/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ near: false, page: 1, pageSize: 5, groups: [] });
    }
  });

  it("finds a new meeting by its title at once, for its members only", async () => {
    await meetingOfTheirOwn(outsider);
    const own = await found(outsider, "جلسه‌ی ديگر");
    expect(own.groups.map((group) => group.kind)).toEqual(["meeting"]);
    const others = await found(organizer, "جلسه‌ی ديگر", "&kind=meeting");
    expect(others.groups.flatMap((group) => group.results).map((result) => result.meetingTitle)).not.toContain("جلسهٔ دیگر");
  });

  it("answers bad input with a reason in the person's language, never with a 500", async () => {
    const tooShort = await organizer("GET", "/api/search?q=");
    expect(tooShort.status).toBe(422);
    expect(errorOf(tooShort)).toMatchObject({ code: "invalid_input", message: "دست‌کم دو حرف بنویسید." });
    expect(errorOf(await organizerEn("GET", `/api/search?q=${encodeURIComponent(`"*():^-`)}`)).message).toBe("Type at least two letters.");
    expect(errorOf(await organizer("GET", `/api/search?q=${encodeURIComponent("و از در")}`)).message).toContain("واژه‌ای خاص‌تر");
    // 10,000 characters: Latin ones (in Persian letters, URL-encoded, such a query is more than
    // Node's 16 KiB of request head, which it refuses with 431 before Kateb sees it).
    for (const q of ["emergency ".repeat(1_000), "ب".repeat(2_000), `"اورژانس" AND (NEAR*) ^-`, "اورژانس Social ۱۲۳ emergency"]) {
      expect((await organizer("GET", `/api/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
    for (const more of ["&kind=everything", "&page=0", "&page=x", "&from=2019-13-45", "&to=1398/08/25", "&series=a%20b"]) {
      expect((await organizer("GET", `/api/search?q=${encodeURIComponent("اورژانس")}${more}`)).status, more).toBe(422);
    }
  });

  it("takes the filters and the order, and refuses bad ones with a reason", async () => {
    const q = encodeURIComponent("کودکان");
    const all = await found(organizer, "کودکان");
    expect(all.groups.map((group) => group.kind)).toEqual(expect.arrayContaining(["minutes", "followUp", "tracker"]));
    const welfare = await found(organizer, "کودکان", `&body=${encodeURIComponent("بهزيستي استان قم")}`);
    expect(welfare.groups.map((group) => group.kind)).toEqual(["followUp", "tracker"]);
    expect((await found(organizer, "کودکان", "&status=closed")).groups.map((group) => group.kind)).toEqual(["tracker"]);
    expect((await found(organizer, "اورژانس", `&speaker=${encodeURIComponent("محمدحسين صادقي")}`)).groups.map((group) => group.kind)).toEqual(["minutes"]);
    expect((await found(organizer, "کودکان", "&category=no-such-category")).groups).toEqual([]);
    const newest = await found(organizer, "کودکان", "&sort=date&kind=minutes");
    const times = newest.groups[0]?.results.map((result) => Date.parse(result.date)) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const more of ["&status=closed", `&body=${encodeURIComponent("بهزیستی")}`, "&sort=date"]) {
      expect((await outsider("GET", `/api/search?q=${q}${more}`)).body, more).toEqual({ near: false, page: 1, pageSize: 5, groups: [] });
    }
    const badStatus = await organizer("GET", `/api/search?q=${q}&status=open`);
    expect(badStatus.status).toBe(422);
    expect(errorOf(badStatus)).toMatchObject({ code: "invalid_input", fields: { status: "وضعیتی از فهرست وضعیت‌های پیگیری برگزینید." } });
    expect(errorOf(await organizerEn("GET", `/api/search?q=${q}&status=done`)).fields).toEqual({ status: "Choose a status from the tracker's list." });
    for (const more of ["&sort=newest", `&body=${encodeURIComponent("؟!")}`, `&speaker=${"x".repeat(201)}`, "&category=a%20b"]) {
      expect((await organizer("GET", `/api/search?q=${q}${more}`)).status, more).toBe(422);
    }
  });

  it("offers the filters on the search page, shows them again, and says what is wrong with one", async () => {
    const page = async (query: string): Promise<string> => {
      const response = await fetch(`${app.url}/search?${query}`, { headers: { cookie: users.cookies.organizer }, redirect: "manual" });
      expect(response.status).toBe(200);
      return response.text();
    };
    const filtered = await page(`q=${encodeURIComponent("کودکان")}&body=${encodeURIComponent("بهزیستی")}&status=closed&sort=date`);
    for (const label of ["نهاد مسئول", "وضعیت", "دستهٔ پیشنهاد", "پرسشگر یا پاسخ‌دهنده", "ترتیب", "تازه‌ترین جلسه نخست"]) expect(filtered).toContain(label);
    expect(filtered).toContain('<option value="closed" selected="">بسته‌شده</option>');
    expect(filtered).toContain('name="body" value="بهزیستی"');
    expect(filtered).toContain("<optgroup");
    const refused = await page(`q=${encodeURIComponent("کودکان")}&status=open`);
    expect(refused).toContain("وضعیتی از فهرست وضعیت‌های پیگیری برگزینید.");
  });

  it("follows the live minutes as they are typed", async () => {
    const words = "واژهٔ آزمایشی زیرساخت‌های بیمه‌ای";
    const ticket = await noteTaker("POST", "/api/collab-token", { meetingId });
    const client = connectStock(`${app.url.replace("http", "ws")}/collab`, meetingDocName(meetingId), (ticket.body as { token: string }).token);
    await client.synced;
    appendParagraph(client.doc, words);
    const answer = await eventually(async () => {
      const result = await found(organizer, "زیرساخت بیمه", "&kind=minutes");
      expect(result.groups[0]?.total).toBeGreaterThan(0);
      return result;
    }, 5_000, 200);
    expect(answer.groups[0]?.results.find((result) => result.meetingId === meetingId)?.link).toMatch(new RegExp(`^/meetings/${meetingId}#block-`));
  });

  it("is built at the first start, and written again by npm run admin -- reindex", async () => {
    expect(app.output()).toMatch(/Built the search index \(2 meetings\)/);
    await app.db.$executeRaw`DELETE FROM "SearchEntry"`;
    expect((await found(organizer, "بهزیستی")).groups).toEqual([]);
    const run = await reindex(app.dataDir);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/The search index is written again: \d+ meetings/);
    expect((await found(organizer, "بهزیستی")).groups.length).toBeGreaterThan(0);
  });
});
