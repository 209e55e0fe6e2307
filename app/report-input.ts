// What the report renderer needs of a version, from what the domain reads of
// it: the meeting (with its session number, letter and attendance), its categories and where its carried follow-ups came from,
// as they were at the lock; the structured reading; and the version's number,
// lock, note and hash; and its sign-off.
import type { PrintedLetterhead } from "../lib/contracts/letterhead";
import type { MinutesReading } from "../lib/editor/read-minutes";
import type { Locale } from "../lib/i18n/locales";
import type { MeetingDetailsSnapshot } from "../server/domain/meetings/meeting-details-snapshot";
import type { ReportApprovalInput } from "../server/report/report-approvals";
import type { ReportInput } from "../server/report/report-types";

export function reportInput(options: {
  locale: Locale;
  meeting: MeetingDetailsSnapshot;
  reading: MinutesReading;
  version: ReportInput["version"];
  /** The letterhead the version kept, with its logo's bytes (printedLetterhead). */
  letterhead?: PrintedLetterhead | null;
  /** The version's sign-off; without it the report has no approvals part. */
  approval?: ReportApprovalInput;
}): ReportInput {
  const { meeting } = options;
  return {
    locale: options.locale,
    series: meeting.series?.title ?? null,
    meeting: {
      title: meeting.title,
      startsAt: new Date(meeting.startsAt),
      place: meeting.place,
      guests: meeting.guests,
      attendees: meeting.attendees,
      // A version locked before the session number was kept has none.
      session: {
        number: meeting.sessionNumber ?? null,
        letterNumber: meeting.letterNumber ?? "",
        letterDate: meeting.letterDate ?? null,
      },
    },
    // The removed categories too: proposals filed before a removal still name them.
    categories: meeting.categories.map(({ id, name }) => ({ id, name })),
    reading: options.reading,
    carriedFrom: (meeting.carriedFrom ?? []).map(({ itemId, title, startsAt }) => ({ itemId, meeting: { title, startsAt: new Date(startsAt) } })),
    version: options.version,
    letterhead: options.letterhead ?? null,
    approval: options.approval,
  };
}
