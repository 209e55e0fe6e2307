import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\\/evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    [" /meetings", "/"],
    [42, "/"],
  ])("sends %j home", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it("keeps a path of this site with its query and fragment, encoded", () => {
    expect(safeReturnPath("/meetings/abc?tab=versions#v2")).toBe("/meetings/abc?tab=versions#v2");
    expect(safeReturnPath("/series/جلسه")).toBe("/series/%D8%AC%D9%84%D8%B3%D9%87");
    expect(safeReturnPath("/a\nb")).toBe("/ab");
  });
});
