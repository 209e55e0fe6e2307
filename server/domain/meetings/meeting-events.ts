// What the collaboration server must hear of when a meeting changes: use cases
// call this after their transaction commits. The composition root wires it to
// the live connections; by default nobody listens.

export interface MeetingEvents {
  /** A member was added, removed, or got another role: open connections of
   * that user to the meeting re-check their role. Must not throw. */
  membershipChanged(meetingId: string, userId: string): void;
  /** Agenda topics were added, removed, renamed or reordered: the live minutes
   * get a section for each new topic. Must not throw. */
  agendaChanged(meetingId: string): void;
  /** The account was deactivated: every open connection of it closes. Must not throw. */
  accountEnded(userId: string): void;
}

export const noMeetingEvents: MeetingEvents = {
  membershipChanged: () => undefined,
  agendaChanged: () => undefined,
  accountEnded: () => undefined,
};
