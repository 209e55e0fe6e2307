import { describe, expect, it } from "vitest";
import { BOM, encodeCsv } from "./csv";

describe("encodeCsv", () => {
  it("starts with the UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = encodeCsv([["a", "b"], ["c", "d"]]);
    expect(csv).toBe(`${BOM}a,b\r\nc,d\r\n`);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(encodeCsv([["x, y", 'he said "yes"', "line 1\nline 2", "cr\rhere", "plain"]])).toBe(
      `${BOM}"x, y","he said ""yes""","line 1\nline 2","cr\rhere",plain\r\n`,
    );
  });

  it("keeps Persian text, the Persian comma, ZWNJ and Persian digits as they are", () => {
    const persian = "پیگیری‌های سازمان بهزیستی، تا ۱۴۰۴/۰۹/۲۵";
    const csv = encodeCsv([[persian, "گزارش «آمار», کودکان"]]);
    expect(csv).toBe(`${BOM}${persian},"گزارش «آمار», کودکان"\r\n`);
    expect(Buffer.from(csv, "utf8").toString("utf8")).toBe(csv);
  });

  it("defuses a field a spreadsheet would run as a formula", () => {
    expect(encodeCsv([["=HYPERLINK(\"x\")", "+1", "-2", "@cmd", "a=b"]])).toBe(
      `${BOM}"'=HYPERLINK(""x"")",'+1,'-2,'@cmd,a=b\r\n`,
    );
  });

  it("defuses the full-width and small forms of = + - @ and a leading tab or carriage return", () => {
    const starts = ["\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B", "\t", "\r"];
    for (const start of starts) {
      const field = `${start}1+1`;
      const quoted = start === "\r" ? `"'${field}"` : `'${field}`;
      expect(encodeCsv([[field]]), JSON.stringify(start)).toBe(`${BOM}${quoted}\r\n`);
    }
    expect(encodeCsv([["a\uFF1Db", "\u0661\u0662"]])).toBe(`${BOM}a\uFF1Db,\u0661\u0662\r\n`);
  });

  it("writes empty fields and an empty record", () => {
    expect(encodeCsv([["", ""], []])).toBe(`${BOM},\r\n\r\n`);
  });
});
