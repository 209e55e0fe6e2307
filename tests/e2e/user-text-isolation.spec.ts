// Security review (issue 14, finding 6) in the browser: values that still hold
// a directional control (stored before input was cleaned, or typed into the
// minutes, which keep what was typed) are shown isolated on the meeting page,
// the tracker and the dashboard. Each value is checked where Chromium lays it
// out: the nearest element that ends its bidirectional run (a <bdi>, an element
// with its own dir, a block, an SVG text) holds that value alone, and the words
// beside a value whose override was left open are still drawn in their own
// direction. A series of its own, written through the database as an earlier
// version would have stored it; nobody else's page shows it.
import path from "node:path";
import { openDb, type Db } from "@/server/db/client";
import { TEST_PASSWORD } from "../helpers/factories";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes } from "../helpers/tracker-minutes";
import { expect, signIn, test, type Page } from "./fixtures";

const LRO = "\u202d";
const RLO = "\u202e";
const RLE = "\u202b";
const FSI = "\u2068";
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const PDI = "\u2069";

/** Each value as shown: without its controls. */
const VALUES = {
  series: "سلسله‌نشست جهت‌ها",
  title: "نشست آزمون جهت‌ها",
  place: "Qom office",
  guestName: "Dr Guest",
  guestRole: "معاون وزیر",
  guestOrganisation: "State Welfare",
  topic: "دستور نخست",
  category: "ساختارها",
  followUp: "گزارش اورژانس اجتماعی",
  proposal: "سامانهٔ مشترک مطالبات",
  body: "Welfare Office",
};

/** As stored: each with a control that, left open, would reorder what follows it. */
const STORED = {
  series: `${VALUES.series}${RLO}`,
  // A left-to-right override left open: Persian words after it would be drawn reversed.
  title: `${VALUES.title}${LRO}`,
  place: `${VALUES.place}${RLO}`,
  guestName: `${VALUES.guestName}${RLO}`,
  guestRole: `${RLE}${VALUES.guestRole}`,
  guestOrganisation: `${VALUES.guestOrganisation}${LRO}`,
  topic: `${VALUES.topic}${RLO}`,
  category: `${VALUES.category}${LRO}`,
  followUp: `${VALUES.followUp}${LRO}`,
  proposal: `${RLO}${VALUES.proposal}`,
  body: `${VALUES.body}${RLO}`,
};

let db: Db;
let seriesId: string;
let meetingId: string;
let organizerEmail: string;

test.beforeAll(async () => {
  const dataDir = process.env.KATEB_E2E_DATA_DIR;
  if (!dataDir) throw new Error("KATEB_E2E_DATA_DIR is not set: global-setup did not run");
  db = openDb(`file:${path.join(dataDir, "kateb.db")}`);
  const series = await createSeriesWithOrganizer(db);
  seriesId = series.seriesId;
  const [categoryId = ""] = series.categoryIds;
  organizerEmail = (await db.user.findUniqueOrThrow({ where: { id: series.organizerId } })).email;
  meetingId = await createSeriesMeeting(db, seriesId, [{ userId: series.organizerId, role: "organizer" }]);
  await lockWith(
    db,
    meetingId,
    series.organizerId,
    trackerMinutes({
      followUps: [{ id: "isolationfollowup1", text: STORED.followUp, responsibleBody: STORED.body }],
      proposals: [{ id: "isolationproposal1", text: STORED.proposal, categoryId, followUp: true }],
    }),
  );
  await db.series.update({ where: { id: seriesId }, data: { title: STORED.series } });
  await db.proposalCategory.update({ where: { id: categoryId }, data: { name: STORED.category } });
  await db.meeting.update({
    where: { id: meetingId },
    data: {
      title: STORED.title,
      place: STORED.place,
      guests: { create: { position: 0, name: STORED.guestName, role: STORED.guestRole, organisation: STORED.guestOrganisation } },
    },
  });
  const [topic] = await db.agendaTopic.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
  await db.agendaTopic.update({ where: { id: topic?.id ?? "" }, data: { title: STORED.topic } });
});

test.afterAll(async () => {
  await db.$disconnect();
});

/** For each place `value` is shown on the page: the text of the nearest element
 * around it that ends its bidirectional run, controls left out. An isolated
 * value gives its own text only. */
function runsAround(page: Page, value: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const controls = /[\u202a-\u202e\u2066-\u2069]/g;
    const clean = (text: string): string => text.replace(controls, "").replace(/\s+/g, " ").trim();
    const endsRun = (element: Element): boolean => {
      // An SVG text is laid out on its own.
      if (element instanceof SVGTextElement) return true;
      const style = getComputedStyle(element);
      return style.display !== "inline" || /isolate|plaintext/.test(style.unicodeBidi);
    };
    const runs: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Script payloads are data, not shown; the minutes are a text people edit,
      // not a field (checked apart); an SVG <title> is plain text (below).
      if (!parent || parent.closest("script, style, noscript, template, .ProseMirror")) continue;
      const text = node.textContent ?? "";
      if (!clean(text).includes(wanted)) continue;
      if (parent instanceof SVGTitleElement) {
        // Plain text isolates with FSI … PDI.
        runs.push(text.includes(`\u2068${wanted}\u2069`) ? wanted : clean(text));
        continue;
      }
      let element: Element | null = parent;
      while (element && !endsRun(element)) element = element.parentElement;
      runs.push(clean(element?.textContent ?? ""));
    }
    return runs;
  }, value);
}

async function expectIsolated(page: Page, values: readonly string[]): Promise<void> {
  for (const value of values) {
    const runs = await runsAround(page, value);
    expect(runs, `${value} is shown`).not.toHaveLength(0);
    expect(
      runs.filter((run) => run !== value),
      `${value} shares its run with other words`,
    ).toEqual([]);
  }
}

/** Whether `word`, a Persian word in `scope`, is drawn right to left: its first
 * letter right of its last, as it is unless an override reaches it. */
async function drawnRightToLeft(page: Page, scope: string, word: string): Promise<boolean> {
  return page.locator(scope).first().evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      const letter = (offset: number): DOMRect => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return letter(at).left > letter(at + wanted.length - 1).left;
    }
    throw new Error(`${wanted} is not in ${root.outerHTML}`);
  }, word);
}

test("user texts that hold directional controls are isolated on the meeting page, the tracker and the dashboard", async ({ page }) => {
  await signIn(page, organizerEmail, undefined, TEST_PASSWORD);

  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(VALUES.title);
  // The template wrote the guest's line into the minutes from the stored details.
  const minutes = page.getByRole("textbox", { name: "متن صورت‌جلسه" });
  await expect(minutes).toContainText(VALUES.guestOrganisation);
  expect(await minutes.textContent()).not.toMatch(CONTROLS);
  await expectIsolated(page, [VALUES.series, VALUES.title, VALUES.place, VALUES.guestName, VALUES.guestRole, VALUES.guestOrganisation, VALUES.topic]);
  // The window's title puts Kateb's name after the meeting's.
  expect(await page.title()).toContain(`${FSI}${VALUES.title}${PDI}`);

  await page.goto(`/series/${seriesId}/tracker`);
  await expect(page.getByRole("table")).toContainText(VALUES.followUp);
  await expectIsolated(page, [VALUES.series, VALUES.title, VALUES.category, VALUES.followUp, VALUES.proposal, VALUES.body]);
  // The meeting's title keeps its override open; "نسخه" beside it still reads right to left.
  expect(await drawnRightToLeft(page, "tbody tr td:nth-child(3)", "نسخه")).toBe(true);

  await page.goto(`/series/${seriesId}/tracker/dashboard`);
  await expect(page.getByRole("img", { name: "نرخ بسته‌شدن بر پایهٔ نهاد مسئول" })).toBeVisible();
  await expectIsolated(page, [VALUES.series, VALUES.category, VALUES.body]);
});
