// What the structured blocks offer beside the document itself, read by the
// meeting page on the server: who may be named as asking, answering or
// speaking, the series' proposal categories, responsible bodies to suggest, and
// what the lock checks (the meeting's day, the attendees present).

export interface ProposalCategory {
  id: string;
  name: string;
}

export interface MinutesBlockOptions {
  /** The meeting's guests, then its attendees: suggestions for "asked by" and
   * "answered by", and the speakers a stamp can name (the first is the default). */
  people: string[];
  /** The series' proposal categories, in order. */
  categories: ProposalCategory[];
  /** Categories removed from the series, still named by older proposals. */
  removedCategories: ProposalCategory[];
  /** Responsible bodies to suggest: the series' list of bodies, then those
   * named by earlier meetings' follow-ups and the guests' organisations. */
  responsibleBodies: string[];
  /** The meeting's day (ISO, Tehran): a follow-up due before it cannot be locked. */
  meetingDay: string | null;
  /** How many attendees were present (left early counts; none when attendance
   * was not taken), as the page was loaded: a resolution's votes above it are
   * marked, and the lock refuses them. Null where nothing is checked (a locked version). */
  presentCount: number | null;
}

export const NO_BLOCK_OPTIONS: MinutesBlockOptions = {
  people: [],
  categories: [],
  removedCategories: [],
  responsibleBodies: [],
  meetingDay: null,
  presentCount: null,
};
