// Security review (issue 14, finding 6): a tracked item's texts come from the
// minutes (which keep what was typed) or were stored before input was
// cleaned; the tracker's table, and so its CSV and DOCX, keeps none of their
// directional controls.
import { describe, expect, it } from "vitest";
import { encodeCsv } from "./csv";
import { trackerTable, type TrackerRowInput } from "./tracker-table";

const LRO = "\u202d";
const RLO = "\u202e";
const ANY_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

const item: TrackerRowInput = {
  kind: "followUp",
  text: `گزارش${LRO} Social Emergency`,
  meeting: { title: `نشست${RLO} آبان` },
  versionNumber: 1,
  category: { name: `\u2067ساختارها` },
  responsibleBody: { name: `Welfare Office${RLO}` },
  dueJalali: "۱۴۰۴/۰۹/۰۱",
  overdue: false,
  status: "routed",
  withdrawnInVersion: null,
};

describe("the tracker's table", () => {
  it("keeps no directional control of an item's text, meeting, category or body", () => {
    const table = trackerTable([item], "fa");
    expect(table.rows).toEqual([["۱", "گزارش Social Emergency", "اقدام پیگیری", "نشست آبان", "۱", "ساختارها", "Welfare Office", "۱۴۰۴/۰۹/۰۱", "ارجاع‌شده"]]);
    expect(encodeCsv([table.header, ...table.rows])).not.toMatch(ANY_CONTROL);
  });

  it("defuses a formula that a control hid from the CSV", () => {
    const table = trackerTable([{ ...item, text: `${RLO}=HYPERLINK("https://example.org")` }], "en");
    expect(encodeCsv(table.rows)).toContain(`"'=HYPERLINK(""https://example.org"")"`);
  });
});
