import { describe, expect, it } from "vitest";
import { FOLLOW_UP_STATUSES } from "./editor/nodes/follow-up";
import { checkTransition, minutesStatusName, minutesStatusSays, readMinutesStatus, TRACKER_PATH, TRACKER_STATUSES } from "./tracker-status";

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
  it("are one list: the editor offers the tracker's statuses, in its order, but withdrawn (a follow-up is withdrawn by leaving the minutes)", () => {
    expect(FOLLOW_UP_STATUSES).toEqual(TRACKER_PATH);
    expect(TRACKER_STATUSES.filter((status) => status !== "withdrawn")).toEqual([...FOLLOW_UP_STATUSES]);
  });

  it("reads a status of the list as itself, the words older minutes hold as the statuses they stood for, anything else as routed", () => {
    expect(TRACKER_PATH.map(readMinutesStatus)).toEqual([...TRACKER_PATH]);
    expect(["open", "in-progress", "done"].map(readMinutesStatus)).toEqual(["routed", "in_progress", "answered"]);
    expect(["", "weird", "withdrawn", "constructor"].map(readMinutesStatus)).toEqual(["routed", "routed", "routed", "routed"]);
  });

  it("names a stored status in the tracker's words, keeping one it does not know as it is", () => {
    expect(["open", "in-progress", "done", "acknowledged", "", "withdrawn", "waiting"].map(minutesStatusName)).toEqual([
      "routed",
      "in_progress",
      "answered",
      "acknowledged",
      "routed",
      "withdrawn",
      "waiting",
    ]);
  });

  it("takes an older word as saying every status it stood for, so that minutes prepared before propose no change", () => {
    expect(minutesStatusSays("open", "routed")).toBe(true);
    expect(minutesStatusSays("open", "acknowledged")).toBe(true);
    expect(minutesStatusSays("open", "in_progress")).toBe(false);
    expect(minutesStatusSays("in-progress", "in_progress")).toBe(true);
    expect(minutesStatusSays("done", "answered")).toBe(true);
    expect(minutesStatusSays("done", "closed")).toBe(true);
    expect(minutesStatusSays("acknowledged", "acknowledged")).toBe(true);
    expect(minutesStatusSays("routed", "acknowledged")).toBe(false);
    expect(minutesStatusSays("weird", "routed")).toBe(true);
  });
});
