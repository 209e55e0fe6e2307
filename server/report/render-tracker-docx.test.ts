// Security review (issue 14, finding 6) in the tracker's Word export: the
// series' name in the title is isolated (U+2068 … U+2069), and nothing of the
// user's directional controls reaches the file.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { trackerTable } from "@/lib/tracker-table";
import { renderTrackerDocx } from "./render-tracker-docx";

const RLO = "\u202e";

const table = trackerTable(
  [
    {
      kind: "proposal",
      text: `سامانهٔ${RLO} مشترک`,
      meeting: { title: `نشست${RLO} آبان` },
      versionNumber: 2,
      category: { name: `ساختارها${RLO}` },
      responsibleBody: { name: `Welfare Office${RLO}` },
      dueJalali: "",
      overdue: false,
      status: "in_progress",
      withdrawnInVersion: null,
    },
  ],
  "fa",
);

async function parts(series: string): Promise<{ document: string; core: string }> {
  const zip = await JSZip.loadAsync(await renderTrackerDocx({ series, table, locale: "fa" }));
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  return { document: await read("word/document.xml"), core: await read("docProps/core.xml") };
}

describe("the tracker's DOCX", () => {
  it("isolates the series' name in its title and keeps no control of the user's", async () => {
    const { document, core } = await parts(`Qom Dialogue${RLO}`);
    const texts = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(texts[0]).toBe("پیگیری‌های \u2068Qom Dialogue\u2069");
    expect(texts.slice(1).join("")).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(texts).toEqual(expect.arrayContaining(["سامانهٔ مشترک", "نشست آبان", "ساختارها", "Welfare Office"]));
    expect(core).toContain("<dc:title>پیگیری‌های Qom Dialogue</dc:title>");
  });

  it("lays its pages in landscape: wider than tall, and marked so", async () => {
    const { document } = await parts("Qom Dialogue");
    const sizes = [...document.matchAll(/<w:pgSz\b([^>]*)\/>/g)].map((match) => match[1] ?? "");
    expect(sizes).toHaveLength(1);
    const attribute = (name: string): string | undefined => new RegExp(`w:${name}="([^"]*)"`).exec(sizes[0] ?? "")?.[1];
    const width = Number(attribute("w"));
    const height = Number(attribute("h"));
    expect(attribute("orient")).toBe("landscape");
    expect(width).toBeGreaterThan(height);
    // A4: 297 × 210 mm in twentieths of a point.
    expect([width, height]).toEqual([16838, 11906]);
    // The table, all nine columns of it, stands between the margins.
    const margin = (side: string): number => Number(new RegExp(`<w:pgMar\\b[^>]*w:${side}="(\\d+)"`).exec(document)?.[1]);
    const table = Number(/<w:tblW\b[^>]*w:w="(\d+)"/.exec(document)?.[1]);
    const columns = [...document.matchAll(/<w:gridCol\b[^>]*w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(columns).toHaveLength(9);
    expect(table).toBeGreaterThan(0);
    expect(Math.max(table, columns.reduce((sum, column) => sum + column, 0))).toBeLessThanOrEqual(width - margin("left") - margin("right"));
  });
});
