import { describe, expect, it } from "vitest";
import { SaveTracker } from "./save-tracker";

describe("SaveTracker", () => {
  it("has nothing unsaved before any connection or change", () => {
    expect(new SaveTracker().unsaved).toBe(false);
  });

  it("waits for the acknowledgement of the step 2 that answers the server", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    expect(tracker.unsaved).toBe(true);
    tracker.saved(1);
    expect(tracker.unsaved).toBe(false);
  });

  it("counts each update sent and is saved only when all are acknowledged", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.saved(1);
    tracker.localChange(true);
    tracker.localChange(true);
    expect(tracker.unsaved).toBe(true);
    tracker.saved(2);
    expect(tracker.unsaved).toBe(true);
    tracker.saved(3);
    expect(tracker.unsaved).toBe(false);
  });

  it("ignores an acknowledgement older than one already received", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.localChange(true);
    tracker.saved(2);
    tracker.saved(1);
    expect(tracker.unsaved).toBe(false);
  });

  it("keeps changes made offline unsaved until the next connection's messages are acknowledged", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.saved(1);
    tracker.connectionClosed();
    tracker.localChange(false);
    expect(tracker.unsaved).toBe(true);
    tracker.connectionOpened();
    tracker.localChange(true);
    tracker.saved(1);
    expect(tracker.unsaved).toBe(true);
    tracker.saved(2);
    expect(tracker.unsaved).toBe(false);
  });

  it("carries changes sent but not acknowledged over a lost connection", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.saved(1);
    tracker.localChange(true);
    tracker.connectionClosed();
    expect(tracker.unsaved).toBe(true);
    tracker.connectionOpened();
    expect(tracker.unsaved).toBe(true);
    tracker.saved(1);
    expect(tracker.unsaved).toBe(false);
  });

  it("ignores acknowledgements while disconnected", () => {
    const tracker = new SaveTracker();
    tracker.localChange(false);
    tracker.saved(5);
    expect(tracker.unsaved).toBe(true);
  });
});
