// Edits a meeting's details (organizer only), its session number among them. Each list given replaces the old
// one in order; stored items keep their ids, new ones get new ids. A change to
// the agenda is announced so the live minutes gain a section per new topic;
// the search index has the new details when the transaction commits.
import type { EditMeetingFields } from "@/lib/validation/meeting";
import type { Db } from "@/server/db/client";
import { checkAttendeeUsers } from "./check-attendee-users";
import { requireOrganizer } from "../access/meeting-access";
import { noMeetingEvents, type MeetingEvents } from "./meeting-events";
import { meetingInstant } from "./meeting-instant";
import { readMeetingView, type MeetingView } from "./meeting-view";
import { planListEdit } from "./plan-list-edit";
import { asSessionNumberTaken, checkSessionNumber } from "./session-number";
import type { Tx } from "@/server/db/transaction";
import { indexMeetingIn } from "../search/index-meeting";
import { searchStoreFor } from "../search/search-store";

type Fields = EditMeetingFields;

export async function editMeeting(options: {
  db: Db;
  userId: string;
  meetingId: string;
  fields: Fields;
  events?: MeetingEvents;
}): Promise<MeetingView> {
  const { fields, meetingId } = options;
  const startsAt = fields.startsAt ? meetingInstant(fields.startsAt) : undefined;
  const search = searchStoreFor(options.db);
  const { view, agendaChanged } = await options.db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, options.userId);
    const { seriesId } = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { seriesId: true } });
    await checkSessionNumber(tx, { seriesId, sessionNumber: fields.sessionNumber, meetingId });
    await tx.meeting.update({
      where: { id: meetingId },
      data: {
        title: fields.title,
        startsAt,
        place: fields.place,
        sessionNumber: fields.sessionNumber,
        letterNumber: fields.letterNumber,
        letterDate: fields.letterDate,
      },
    });
    if (fields.guests) await replaceGuests(tx, meetingId, fields.guests);
    if (fields.attendees) {
      await checkAttendeeUsers(tx, fields.attendees);
      await replaceAttendees(tx, meetingId, fields.attendees);
    }
    const before = await agendaKey(tx, meetingId);
    if (fields.agenda) await replaceAgenda(tx, meetingId, fields.agenda);
    await indexMeetingIn(tx, search, meetingId);
    return {
      view: await readMeetingView(tx, meetingId, "organizer"),
      agendaChanged: (await agendaKey(tx, meetingId)) !== before,
    };
  }).catch((error: unknown) => {
    throw asSessionNumberTaken(error);
  });
  if (agendaChanged) (options.events ?? noMeetingEvents).agendaChanged(meetingId);
  return view;
}

async function agendaKey(tx: Tx, meetingId: string): Promise<string> {
  const topics = await tx.agendaTopic.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
  return JSON.stringify(topics);
}

async function storedIds(rows: Promise<Array<{ id: string }>>): Promise<string[]> {
  return (await rows).map((row) => row.id);
}

async function replaceAgenda(tx: Tx, meetingId: string, agenda: NonNullable<Fields["agenda"]>): Promise<void> {
  const plan = planListEdit({
    storedIds: await storedIds(tx.agendaTopic.findMany({ where: { meetingId }, select: { id: true } })),
    items: agenda,
    field: "agenda",
    unknownKey: "invalid.agenda.unknown",
  });
  await tx.agendaTopic.deleteMany({ where: { id: { in: plan.drop } } });
  for (const { id, position, item } of plan.keep) {
    await tx.agendaTopic.update({ where: { id }, data: { position, title: item.title } });
  }
  for (const { position, item } of plan.add) {
    await tx.agendaTopic.create({ data: { meetingId, position, title: item.title } });
  }
}

async function replaceGuests(tx: Tx, meetingId: string, guests: NonNullable<Fields["guests"]>): Promise<void> {
  const plan = planListEdit({
    storedIds: await storedIds(tx.guest.findMany({ where: { meetingId }, select: { id: true } })),
    items: guests,
    field: "guests",
    unknownKey: "invalid.value",
  });
  await tx.guest.deleteMany({ where: { id: { in: plan.drop } } });
  for (const { id, position, item } of plan.keep) {
    await tx.guest.update({
      where: { id },
      data: { position, name: item.name, role: item.role, organisation: item.organisation },
    });
  }
  for (const { position, item } of plan.add) {
    await tx.guest.create({
      data: { meetingId, position, name: item.name, role: item.role, organisation: item.organisation },
    });
  }
}

async function replaceAttendees(tx: Tx, meetingId: string, attendees: NonNullable<Fields["attendees"]>): Promise<void> {
  const plan = planListEdit({
    storedIds: await storedIds(tx.attendee.findMany({ where: { meetingId }, select: { id: true } })),
    items: attendees,
    field: "attendees",
    unknownKey: "invalid.value",
  });
  await tx.attendee.deleteMany({ where: { id: { in: plan.drop } } });
  for (const { id, position, item } of plan.keep) {
    await tx.attendee.update({
      where: { id },
      data: { position, name: item.name, affiliation: item.affiliation, userId: item.userId },
    });
  }
  for (const { position, item } of plan.add) {
    await tx.attendee.create({
      data: { meetingId, position, name: item.name, affiliation: item.affiliation, userId: item.userId },
    });
  }
}
