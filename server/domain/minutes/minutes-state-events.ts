// What open pages of a meeting must hear of when its minutes' state changes
// otherwise than by a lock or reopen (the live locker tells those itself): a
// version published, or its link revoked. Use cases call this after their
// transaction commits; the composition root wires it to the live connections.

export interface MinutesStateEvents {
  /** The meeting's minutes' state may have changed: open pages re-read it. Must not throw. */
  minutesStateChanged(meetingId: string): void;
}

export const noMinutesStateEvents: MinutesStateEvents = {
  minutesStateChanged: () => undefined,
};
