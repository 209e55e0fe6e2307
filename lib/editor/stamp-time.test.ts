import { describe, expect, it } from "vitest";
import { stampDateTime, stampTime } from "./stamp-time";

// Ten minutes into the sample meeting: 18:10 in Tehran on 25 Aban 1398.
const AT = "2019-11-16T14:40:00.000Z";

describe("stampTime", () => {
  it("shows the time in Tehran, in the reader's digits", () => {
    expect(stampTime(AT, "en")).toBe("18:10");
    expect(stampTime(AT, "fa")).toBe("۱۸:۱۰");
  });

  it("shows nothing for a stamp without a valid time", () => {
    expect(stampTime(null, "fa")).toBe("");
    expect(stampTime("not a time", "en")).toBe("");
  });
});

describe("stampDateTime", () => {
  it("gives the full Jalali date and time", () => {
    expect(stampDateTime(AT, "en")).toBe("Saturday 25 Aban 1398, at 18:10");
    expect(stampDateTime(AT, "fa")).toBe("شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۱۰");
  });
});
