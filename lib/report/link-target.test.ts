import { describe, expect, it } from "vitest";
import { linkifyText, safeLinkTarget } from "./link-target";
import { hasRtlLetters, textDirection } from "./text-direction";

describe("link targets in reports", () => {
  it("allows absolute http, https and mailto addresses", () => {
    expect(safeLinkTarget("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeLinkTarget(" HTTP://Example.org ")).toBe("http://example.org/");
    expect(safeLinkTarget("mailto:office@example.org")).toBe("mailto:office@example.org");
  });

  it("refuses script, data and relative targets, however they are written", () => {
    for (const href of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "java\nscript:alert(1)",
      "java\tscript:alert(1)",
      "\u0000javascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "//evil.example/x",
      "/r/token",
      "report.html",
      "",
    ]) {
      expect(safeLinkTarget(href), JSON.stringify(href)).toBeNull();
    }
  });

  it("links the web and mail addresses written in text, without the punctuation after them", () => {
    expect(linkifyText("گزارش در https://example.org/r/1، و mailto:a@example.org.")).toEqual([
      { text: "گزارش در " },
      { text: "https://example.org/r/1", href: "https://example.org/r/1" },
      { text: "، و " },
      { text: "mailto:a@example.org", href: "mailto:a@example.org" },
      { text: "." },
    ]);
    expect(linkifyText("javascript:alert(1) و data:x")).toEqual([{ text: "javascript:alert(1) و data:x" }]);
    expect(linkifyText("")).toEqual([{ text: "" }]);
  });
});

describe("the direction of a text", () => {
  it("follows its first letter, not its digits or punctuation", () => {
    expect(textDirection("۱۲۳. کودکان")).toBe("rtl");
    expect(textDirection("(1) Social Emergency، اورژانس")).toBe("ltr");
    expect(textDirection("۱۲۳ - 45")).toBeNull();
    expect(hasRtlLetters("Version ۲")).toBe(false);
    expect(hasRtlLetters("Version نسخه")).toBe(true);
  });
});
