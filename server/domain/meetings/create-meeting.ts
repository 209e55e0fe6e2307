// Creates a meeting in a series managed by the user, who becomes its organizer.
// The time is entered as a Jalali date and Tehran time and stored as an instant.
// Search finds it by its details from the moment it exists.
import { meetingDocName } from "@/lib/collab-protocol";
import type { CreateMeetingFields } from "@/lib/validation/meeting";
import type { Db } from "@/server/db/client";
import { checkAttendeeUsers } from "./check-attendee-users";
import { meetingInstant } from "./meeting-instant";
import { readMeetingView, type MeetingView } from "./meeting-view";
import { asSessionNumberTaken, checkSessionNumber } from "./session-number";
import { requireSeriesManager } from "../access/series-access";
import { storeInitialMinutes } from "../minutes/store-initial-minutes";
import { indexMeetingIn } from "../search/index-meeting";
import { searchStoreFor } from "../search/search-store";

/** The session number and the letter may be left out (none). */
type Fields = Omit<CreateMeetingFields, "sessionNumber" | "letterNumber" | "letterDate"> &
  Partial<Pick<CreateMeetingFields, "sessionNumber" | "letterNumber" | "letterDate">>;

export async function createMeeting(options: { db: Db; userId: string; fields: Fields }): Promise<MeetingView> {
  const { fields } = options;
  const startsAt = meetingInstant(fields.startsAt);
  const search = searchStoreFor(options.db);
  const view = await options.db.$transaction(async (tx) => {
    await requireSeriesManager(tx, fields.seriesId, options.userId);
    await checkAttendeeUsers(tx, fields.attendees);
    await checkSessionNumber(tx, { seriesId: fields.seriesId, sessionNumber: fields.sessionNumber });
    const meeting = await tx.meeting.create({
      data: {
        seriesId: fields.seriesId,
        title: fields.title,
        startsAt,
        place: fields.place,
        sessionNumber: fields.sessionNumber,
        letterNumber: fields.letterNumber,
        letterDate: fields.letterDate,
        guests: { create: fields.guests.map((guest, position) => ({ position, ...guest })) },
        attendees: { create: fields.attendees.map((attendee, position) => ({ position, ...attendee })) },
        agenda: { create: fields.agenda.map((title, position) => ({ position, title })) },
        memberships: { create: { userId: options.userId, role: "organizer" } },
      },
      select: { id: true },
    });
    await indexMeetingIn(tx, search, meeting.id);
    return readMeetingView(tx, meeting.id, "organizer");
  }).catch((error: unknown) => {
    throw asSessionNumberTaken(error);
  });
  // The minutes' template exists from the start (should this fail, the
  // collaboration server builds the same template when the minutes are opened).
  await storeInitialMinutes({ db: options.db, docName: meetingDocName(view.id) });
  return view;
}
