import { describe, expect, it } from "vitest";
import { meetingMinutesState, minutesStateLabel, type MinutesStateFacts } from "./meeting-minutes-state";

const startsAt = new Date("2026-01-10T10:00:00Z");
const before = new Date("2026-01-09T10:00:00Z");
const after = new Date("2026-01-11T10:00:00Z");
const lockedAt = new Date("2026-01-11T12:00:00Z");
const facts = (overrides: Partial<MinutesStateFacts>): MinutesStateFacts => ({
  status: "open",
  startsAt,
  latest: null,
  published: null,
  now: after,
  ...overrides,
});
const v2 = { number: 2, lockedAt, lockedBy: "زهرا احمدی" };

describe("the state of a meeting's minutes", () => {
  it("is draft before the meeting with no version, live from its start", () => {
    expect(meetingMinutesState(facts({ now: before }))).toEqual({ kind: "draft" });
    expect(meetingMinutesState(facts({ now: startsAt }))).toEqual({ kind: "live" });
  });

  it("is locked vN while locked and vN is not published, naming an older published one", () => {
    expect(meetingMinutesState(facts({ status: "locked", latest: v2, published: 1 }))).toEqual({
      kind: "locked",
      version: 2,
      lockedAt,
      lockedBy: "زهرا احمدی",
      published: 1,
      approved: false,
    });
  });

  it("is published vN while locked and vN is published", () => {
    expect(meetingMinutesState(facts({ status: "locked", latest: v2, published: 2 }))).toEqual({
      kind: "published",
      version: 2,
      lockedAt,
      lockedBy: "زهرا احمدی",
      approved: false,
    });
  });

  it("is approved when every member asked approved the latest version, locked or published", () => {
    const approved = { ...v2, approved: true };
    expect(meetingMinutesState(facts({ status: "locked", latest: approved, published: null }))).toMatchObject({ kind: "locked", approved: true });
    expect(meetingMinutesState(facts({ status: "locked", latest: approved, published: 2 }))).toMatchObject({ kind: "published", approved: true });
    // Reopened: the approval was of the version, not of what is being revised.
    expect(meetingMinutesState(facts({ latest: approved, published: 2 }))).toEqual({ kind: "revising", after: 2, published: 2 });
  });

  it("is revising after vN once reopened, even before the meeting's date", () => {
    expect(meetingMinutesState(facts({ latest: v2, published: 2, now: before }))).toEqual({
      kind: "revising",
      after: 2,
      published: 2,
    });
  });

  it("has a sentence in each language", () => {
    expect(minutesStateLabel({ kind: "revising", after: 2, published: null }, "en")).toBe("Being revised after version 2");
    expect(minutesStateLabel({ kind: "published", version: 3, lockedAt, lockedBy: "" }, "fa")).toBe("منتشرشده: نسخهٔ ۳");
    expect(minutesStateLabel({ kind: "draft" }, "en")).toBe("Draft");
    expect(minutesStateLabel({ kind: "locked", version: 2, lockedAt, lockedBy: "", published: null, approved: true }, "en")).toBe("Approved: version 2");
    expect(minutesStateLabel({ kind: "published", version: 3, lockedAt, lockedBy: "", approved: true }, "fa")).toBe("منتشرشده و تأییدشده: نسخهٔ ۳");
  });
});
