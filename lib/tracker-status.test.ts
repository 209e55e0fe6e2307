import { describe, expect, it } from "vitest";
import { checkTransition, minutesStatusOf, statusFromMinutes } from "./tracker-status";

describe("checkTransition", () => {
  it("allows one step forward without a note", () => {
    expect(checkTransition("routed", "acknowledged", false)).toEqual({ ok: true });
    expect(checkTransition("acknowledged", "in_progress", false)).toEqual({ ok: true });
    expect(checkTransition("in_progress", "answered", false)).toEqual({ ok: true });
    expect(checkTransition("answered", "closed", false)).toEqual({ ok: true });
  });

  it("asks for a note to skip a step, go back, or leave withdrawn", () => {
    expect(checkTransition("routed", "answered", false)).toEqual({ ok: false, reason: "noteRequired" });
    expect(checkTransition("routed", "answered", true)).toEqual({ ok: true });
    expect(checkTransition("answered", "in_progress", false)).toEqual({ ok: false, reason: "noteRequired" });
    expect(checkTransition("answered", "in_progress", true)).toEqual({ ok: true });
    expect(checkTransition("withdrawn", "routed", false)).toEqual({ ok: false, reason: "noteRequired" });
    expect(checkTransition("withdrawn", "routed", true)).toEqual({ ok: true });
  });

  it("allows withdrawing from any status, and refuses a change to the same status", () => {
    expect(checkTransition("in_progress", "withdrawn", false)).toEqual({ ok: true });
    expect(checkTransition("closed", "closed", true)).toEqual({ ok: false, reason: "same" });
  });
});

describe("the minutes' follow-up status and the tracker's", () => {
  it("maps open, in progress and done both ways; anything else is routed", () => {
    expect(["open", "in-progress", "done", "weird"].map(statusFromMinutes)).toEqual(["routed", "in_progress", "answered", "routed"]);
    expect((["routed", "acknowledged", "in_progress", "answered", "closed"] as const).map(minutesStatusOf)).toEqual([
      "open",
      "open",
      "in-progress",
      "done",
      "done",
    ]);
  });
});
