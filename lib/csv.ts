// CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (so Excel
// reads Persian correctly), CRLF between records, and RFC 4180 quoting of any
// field holding a quote, comma or line break. A field that a spreadsheet would
// run as a formula (=, +, -, @ first, or their full-width and small forms,
// which spreadsheets fold to the ASCII ones; or a tab or carriage return) is
// prefixed with an apostrophe.

export const BOM = "\uFEFF";

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function startsLikeFormula(value: string): boolean {
  const first = String.fromCodePoint(value.codePointAt(0) ?? 0x20);
  return FORMULA_START.test(first.normalize("NFKC"));
}

export function csvField(value: string): string {
  const safe = startsLikeFormula(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The records as one CSV text, BOM first; every record ends with CRLF. */
export function encodeCsv(records: ReadonlyArray<ReadonlyArray<string>>): string {
  return BOM + records.map((record) => `${record.map(csvField).join(",")}\r\n`).join("");
}
