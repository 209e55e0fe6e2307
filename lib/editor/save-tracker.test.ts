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

describe("SaveTracker's count of waiting edits", () => {
  it("counts edits made offline until the next connection's messages are acknowledged", () => {
    const tracker = new SaveTracker();
    tracker.localChange(false);
    tracker.localChange(false);
    tracker.localChange(false);
    expect(tracker.waitingEdits).toBe(3);
    tracker.connectionOpened();
    expect(tracker.waitingEdits).toBe(3);
    tracker.saved(1);
    expect(tracker.waitingEdits).toBe(0);
  });

  it("counts down as the edits sent on a connection are acknowledged", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.saved(1);
    tracker.localChange(true);
    tracker.localChange(true);
    tracker.localChange(true);
    expect(tracker.waitingEdits).toBe(3);
    tracker.saved(3);
    expect(tracker.waitingEdits).toBe(1);
    tracker.saved(4);
    expect(tracker.waitingEdits).toBe(0);
  });

  it("carries the unacknowledged edits of a lost connection over to the next one", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    tracker.saved(1);
    tracker.localChange(true);
    tracker.localChange(true);
    tracker.saved(2);
    tracker.connectionClosed();
    tracker.localChange(false);
    expect(tracker.waitingEdits).toBe(2);
    tracker.connectionOpened();
    tracker.saved(1);
    expect(tracker.waitingEdits).toBe(0);
  });

  it("counts edits kept from an earlier page as waiting, and unsaved, until the first step 2 is acknowledged", () => {
    const tracker = new SaveTracker();
    tracker.restored(5);
    expect(tracker.unsaved).toBe(true);
    expect(tracker.waitingEdits).toBe(5);
    tracker.connectionOpened();
    tracker.saved(1);
    expect(tracker.unsaved).toBe(false);
    expect(tracker.waitingEdits).toBe(0);
  });

  it("counts nothing for the step 2 of a connection with no local change", () => {
    const tracker = new SaveTracker();
    tracker.connectionOpened();
    expect(tracker.unsaved).toBe(true);
    expect(tracker.waitingEdits).toBe(0);
  });
});
