// Search over the seeded demo, on the run's engine (SQLite's FTS5, or
// PostgreSQL's full-text search in the project "postgres"): the sample
// meeting's minutes and details, a locked version's Q&A block found by the
// variant spellings of a word, nothing of a meeting for a non-member (counts
// included), comments only for who may read them, the filters (responsible
// body, status, category, speaker) and the order by date, and bad queries
// answered with a reason, never an error of the engine.
import type { JSONContent } from "@tiptap/core";
import { beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/app-error";
import { searchQuerySchema } from "@/lib/validation/search";
import { captureStoredMinutes } from "@/server/domain/minutes/capture-stored-minutes";
import { EARLIER_SESSION } from "@/server/demo/seed-earlier-session";
import { lockMeeting } from "@/server/domain/minutes/lock-meeting";
import { seededDemoForFile } from "@/tests/fixtures/seeded-demo-for-file";
import { DEMO_EMAILS } from "@/tests/fixtures/signed-in-users";
import { createUser } from "@/tests/helpers/factories";
import { TEST_ENGINE } from "@/tests/helpers/test-db";
import { capture } from "@/tests/helpers/tracker-minutes";
import { ensureSearchIndex, reindexAll } from "./index-meeting";
import { searchEverything, type SearchAnswerView } from "./search-everything";

const { t, sample } = seededDemoForFile();
const QA_ID = "qa-insurance";
const people = { organizer: "", viewer: "", outsider: "" };
let earlierMeetingId = "";
/** The sample series' proposal categories, in their order. */
let categoryIds: string[] = [];

/** A Q&A item about insurance coverage, in the sample minutes' Q&A section. */
function withInsuranceQa(json: JSONContent): JSONContent {
  const qa: JSONContent = {
    type: "qaItem",
    attrs: { id: QA_ID, askedBy: "دکتر رضا موسوی", answeredBy: "دکتر حبیب‌الله مسعودی فرید", deferred: false },
    content: [
      { type: "qaQuestion", content: [{ type: "text", text: "پوشش بیمه‌ای خانواده‌های تحت حمایت بهزیستی چگونه گسترش می‌یابد؟" }] },
      { type: "qaAnswer", content: [{ type: "text", text: "مهمان جلسه از گسترش پوشش بیمهٔ درمانی زنان سرپرست خانوار خبر داد." }] },
    ],
  };
  return {
    ...json,
    content: (json.content ?? []).map((node) => (node.type === "section" && node.attrs?.kind === "qa" ? { ...node, content: [...(node.content ?? []), qa] } : node)),
  };
}

const search = (userId: string, query: Record<string, string>) => searchEverything({ db: t.db, userId, query: searchQuerySchema.parse(query) });

async function problemOf(userId: string, q: string): Promise<string> {
  try {
    await search(userId, { q });
  } catch (error) {
    if (isAppError(error)) return `${error.code} ${error.message}`;
    throw error;
  }
  return "answered";
}

beforeAll(async () => {
  const id = async (email: string): Promise<string> => (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
  people.organizer = await id(DEMO_EMAILS.organizer);
  people.viewer = await id(DEMO_EMAILS.viewer);
  people.outsider = (await createUser(t.db, "بیرونی")).id;
  earlierMeetingId = (await t.db.meeting.findFirstOrThrow({ where: { title: EARLIER_SESSION.title }, select: { id: true } })).id;
  const { seriesId } = await t.db.meeting.findUniqueOrThrow({ where: { id: sample.meetingId }, select: { seriesId: true } });
  categoryIds = (await t.db.proposalCategory.findMany({ where: { seriesId: seriesId ?? "" }, orderBy: { position: "asc" }, select: { id: true } })).map(({ id }) => id);
  const live = await captureStoredMinutes({ db: t.db, meetingId: sample.meetingId });
  await lockMeeting({ db: t.db, meetingId: sample.meetingId, userId: people.organizer, captured: capture(withInsuranceQa(live.json)) });
});

describe("search", () => {
  it.each(["بیمه", "پوشش بیمه ای", "پوشش بيمه‌اي", "بیمه‌ها"])("finds the locked Q&A block by «%s», linked to its block", async (q) => {
    const answer = await search(people.organizer, { q });
    const minutes = answer.groups.find((group) => group.kind === "minutes");
    const hit = minutes?.results.find((result) => result.link === `/meetings/${sample.meetingId}/versions/1#block-${QA_ID}`);
    expect(hit, JSON.stringify(answer)).toBeDefined();
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text)).toContain("بیمه‌ای");
    expect(hit?.meetingTitle).toContain("آسیب‌پذیر");
  });

  it("finds a meeting by its guest and its minutes by a word typed with Arabic letters", async () => {
    const answer = await search(people.viewer, { q: "مسعودي" });
    expect(answer.groups.map((group) => group.kind)).toContain("meeting");
    const emergency = await search(people.viewer, { q: "اورژانس اجتماعى", kind: "minutes" });
    expect(emergency.groups[0]?.total).toBeGreaterThan(0);
  });

  it("shows a non-member nothing of the meetings, counts included", async () => {
    for (const q of ["بیمه", "اورژانس", "بهزیستی", "مسعودی"]) {
      expect((await search(people.outsider, { q })).groups).toEqual([]);
    }
  });

  it("shows comments to the organizer and not to a viewer the organizer keeps them from", async () => {
    const thread = await t.db.commentThread.create({
      data: {
        meetingId: sample.meetingId,
        versionNumber: 1,
        anchorStart: new Uint8Array([0]),
        anchorEnd: new Uint8Array([0]),
        quote: "پوشش بیمه‌ای",
        createdById: people.organizer,
        comments: { create: { authorId: people.organizer, body: "رقم دقیق پوشش بیمهٔ تکمیلی را بپرسیم." } },
      },
    });
    await reindexAll(t.db);
    const organizer = await search(people.organizer, { q: "تکمیلی" });
    expect(organizer.groups.find((group) => group.kind === "comment")?.results[0]?.link).toBe(
      `/meetings/${sample.meetingId}/versions/1/comments#thread-${thread.id}`,
    );
    expect((await search(people.viewer, { q: "تکمیلی" })).groups).toEqual([]);
  });

  it("answers bad queries with a reason, and odd ones with results or nothing", async () => {
    expect(await problemOf(people.organizer, "")).toBe("invalid_input search.tooShort");
    expect(await problemOf(people.organizer, "ب")).toBe("invalid_input search.tooShort");
    expect(await problemOf(people.organizer, `"*():^-،؟!`)).toBe("invalid_input search.tooShort");
    expect(await problemOf(people.organizer, "و در از")).toBe("invalid_input search.onlyCommonWords");
    expect(await problemOf(people.organizer, "بیمه ".repeat(2_000))).toBe("answered");
    expect(await problemOf(people.organizer, `"بیمه" OR * (پوشش) ^ - NEAR`)).toBe("answered");
    const mixed = await search(people.organizer, { q: "اورژانس Social Emergency ۱۲۳" });
    expect(mixed.groups.map((group) => group.kind)).toContain("minutes");
  });

  it("pages one kind, and filters by date", async () => {
    const page = await search(people.organizer, { q: "بهزیستی", kind: "minutes", page: "1" });
    expect(page.groups.map((group) => group.kind)).toEqual(["minutes"]);
    expect(page.groups[0]?.results.length).toBe(Math.min(20, page.groups[0]?.total ?? 0));
    expect((await search(people.organizer, { q: "بهزیستی", from: "2030-01-01" })).groups).toEqual([]);
  });

  describe("filters", () => {
    const kindsOf = (answer: SearchAnswerView): string[] => answer.groups.map((group) => group.kind);
    const totalOf = (answer: SearchAnswerView, kind: string): number => answer.groups.find((group) => group.kind === kind)?.total ?? 0;

    it("by responsible body: its follow-ups and tracked items, the name typed with Arabic letters or in part", async () => {
      const all = await search(people.organizer, { q: "کودکان" });
      expect(kindsOf(all)).toEqual(expect.arrayContaining(["meeting", "minutes", "followUp", "tracker"]));
      const welfare = await search(people.organizer, { q: "کودکان", body: "ادارهٔ كل بهزيستي" });
      expect(kindsOf(welfare)).toEqual(["followUp", "tracker"]);
      expect(totalOf(welfare, "followUp")).toBeLessThan(totalOf(all, "followUp"));
      expect(kindsOf(await search(people.organizer, { q: "کودکان", body: "بهزیستی استان قم" }))).toEqual(["followUp", "tracker"]);
      expect((await search(people.organizer, { q: "کودکان", body: "شهرداری قم" })).groups).toEqual([]);
    });

    it("by status: the tracker's, and the minutes' read in the tracker's words", async () => {
      // The earlier session's follow-ups are routed in its minutes; the tracker has moved them on.
      const closed = await search(people.organizer, { q: "کودکان", status: "closed" });
      expect(kindsOf(closed)).toEqual(["tracker"]);
      const routed = await search(people.organizer, { q: "کودکان", status: "routed" });
      expect(kindsOf(routed)).toContain("followUp");
      expect(kindsOf(routed)).not.toContain("minutes");
      expect(kindsOf(await search(people.organizer, { q: "توانمندسازی", status: "withdrawn" }))).toEqual(["tracker"]);
      expect((await search(people.organizer, { q: "توانمندسازی", status: "closed" })).groups).toEqual([]);
    });

    it("by proposal category: its proposals and tracked proposals only", async () => {
      const [first = "", second = ""] = categoryIds;
      const all = await search(people.organizer, { q: "مشترک", kind: "proposal" });
      const inFirst = await search(people.organizer, { q: "مشترک", category: first });
      expect(kindsOf(inFirst)).toEqual(["proposal", "tracker"]);
      expect(totalOf(inFirst, "proposal")).toBeGreaterThan(0);
      expect(totalOf(inFirst, "proposal")).toBeLessThan(totalOf(all, "proposal"));
      expect(kindsOf(await search(people.organizer, { q: "مشترک", category: second }))).toEqual(["proposal"]);
      expect((await search(people.organizer, { q: "مشترک", category: "no-such-category" })).groups).toEqual([]);
    });

    it("by speaker: who asked or who answered, typed in part and with Arabic letters", async () => {
      const link = `/meetings/${sample.meetingId}/versions/1#block-${QA_ID}`;
      for (const speaker of ["رضا موسوي", "حبیب الله مسعودی", "دکتر حبیب‌الله مسعودی فرید"]) {
        const answer = await search(people.organizer, { q: "بیمه", speaker });
        expect(kindsOf(answer), speaker).toEqual(["minutes"]);
        expect(answer.groups[0]?.results.map((result) => result.link)).toContain(link);
      }
      expect((await search(people.organizer, { q: "بیمه", speaker: "فاطمه نوری" })).groups).toEqual([]);
      // A name is found within one speaker's, never across the asker's and the answerer's.
      expect((await search(people.organizer, { q: "بیمه", speaker: "موسوی دکتر" })).groups).toEqual([]);
    });

    it("shows a non-member nothing of the meetings with any filter", async () => {
      const filters: Array<Record<string, string>> = [{ body: "بهزیستی" }, { status: "closed" }, { category: categoryIds[0] ?? "" }, { speaker: "موسوی" }, { sort: "date" }];
      for (const filter of filters) {
        expect((await search(people.outsider, { q: "کودکان", ...filter })).groups, JSON.stringify(filter)).toEqual([]);
      }
    });

    it("refuses a status the tracker does not have, and a name with no letter, with the catalogue's sentence", () => {
      const problems = (query: Record<string, string>): string[] => {
        const parsed = searchQuerySchema.safeParse({ q: "بیمه", ...query });
        return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
      };
      expect(problems({ status: "open" })).toEqual(["search.badStatus"]);
      expect(problems({ body: "؟!" })).toEqual(["search.badName"]);
      expect(problems({ speaker: "ب".repeat(201) })).toEqual(["search.nameTooLong"]);
      expect(problems({ sort: "newest" })).toEqual(["search.badSort"]);
      expect(problems({ status: "in_progress", sort: "date", body: "شهرداری" })).toEqual([]);
    });
  });

  it("orders by date: the newest meeting's entries first, each kind's", async () => {
    const meetings = await search(people.organizer, { q: "آسیب‌پذیر", kind: "meeting", sort: "date" });
    expect(meetings.groups[0]?.results.map((result) => result.meetingId)).toEqual([sample.meetingId, earlierMeetingId]);
    const answer = await search(people.organizer, { q: "کودکان", sort: "date" });
    expect(answer.groups.length).toBeGreaterThan(2);
    for (const group of answer.groups) {
      const times = group.results.map((result) => new Date(result.date).getTime());
      expect(times, group.kind).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("finds near matches of a mistyped word where pg_trgm is (PostgreSQL), for members only", async () => {
    const answer = await search(people.organizer, { q: "توانمندسزی" });
    if (TEST_ENGINE === "postgres") {
      expect(answer.near).toBe(true);
      expect(answer.groups.map((group) => group.kind)).toContain("minutes");
    } else {
      expect(answer).toMatchObject({ near: false, groups: [] });
    }
    expect((await search(people.outsider, { q: "توانمندسزی" })).groups).toEqual([]);
  });

  it("is rebuilt at start only when missing", async () => {
    expect(await ensureSearchIndex(t.db)).toBeNull();
    await t.db.$executeRaw`DELETE FROM "SearchIndexState"`;
    expect(await ensureSearchIndex(t.db)).toBeGreaterThan(0);
    expect((await search(people.organizer, { q: "بیمه" })).groups.length).toBeGreaterThan(0);
  });
});
