// Persian-aware matching of responsible bodies: one body whatever the keyboard.
import { describe, expect, it } from "vitest";
import { responsibleBodyKey } from "./responsible-body-lookup";

describe("responsibleBodyKey", () => {
  it("treats Arabic and Persian yeh and kaf as the same letter", () => {
    expect(responsibleBodyKey("سازمان بهزيستي كشور")).toBe(responsibleBodyKey("سازمان بهزیستی کشور"));
    expect(responsibleBodyKey("شهرداري قم")).toBe(responsibleBodyKey("شهرداری قم"));
  });

  it("treats a zero-width non-joiner, a space, runs of spaces and no space as equal", () => {
    const forms = ["معاونت‌فرهنگی", "معاونت فرهنگی", "معاونت   فرهنگی", "معاونتفرهنگی", " معاونت\u200c فرهنگی "];
    expect(new Set(forms.map(responsibleBodyKey)).size).toBe(1);
  });

  it("ignores Latin case but keeps different bodies apart", () => {
    expect(responsibleBodyKey("UNICEF office")).toBe(responsibleBodyKey("unicef Office"));
    expect(responsibleBodyKey("سازمان بهزیستی")).not.toBe(responsibleBodyKey("سازمان بهداشت"));
  });

  it("gives an empty key for a name of only spaces and joiners", () => {
    expect(responsibleBodyKey(" \u200c  ")).toBe("");
  });
});
