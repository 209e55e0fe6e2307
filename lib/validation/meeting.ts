// What the organizer enters to create or edit a meeting: shared by the form
// (before sending) and the route handlers (before the domain sees it).
import { z } from "zod";
import { ID_PATTERN, idSchema, listSchema, message, refuseDuplicates, textSchema, titleSchema } from "./fields";
import { jalaliDateTimeSchema } from "./jalali-date-time";
import { letterDateSchema, letterNumberSchema, sessionNumberSchema } from "./session-number";

export const MEETING_LIMITS = { agenda: 50, guests: 30, attendees: 300 } as const;

const name = textSchema({ max: 200, required: true });
const optionalText = (max: number) => textSchema({ max }).default("");

export const agendaTopicTitleSchema = textSchema({ max: 300, required: true });

export const guestSchema = z.object(
  { name, role: optionalText(200), organisation: optionalText(200) },
  message("invalid.value"),
);

export const attendeeSchema = z.object(
  { name, affiliation: optionalText(200), userId: idSchema.nullable().default(null) },
  message("invalid.value"),
);

/** On edit, an item with an id is that stored item; one without is new. */
const storedId = { id: idSchema.optional() };

export const createMeetingSchema = z.object(
  {
    seriesId: z.string(message("invalid.series")).regex(ID_PATTERN, message("invalid.series")),
    title: titleSchema,
    startsAt: jalaliDateTimeSchema,
    place: optionalText(300),
    guests: listSchema(guestSchema, MEETING_LIMITS.guests).default([]),
    attendees: listSchema(attendeeSchema, MEETING_LIMITS.attendees).default([]),
    agenda: listSchema(agendaTopicTitleSchema, MEETING_LIMITS.agenda)
      .superRefine(refuseDuplicates<string>({ text: (topic) => topic, duplicateKey: "invalid.agenda.duplicate" }))
      .default([]),
    sessionNumber: sessionNumberSchema.nullable().default(null),
    letterNumber: letterNumberSchema.default(""),
    letterDate: letterDateSchema.nullable().default(null),
  },
  message("invalid.value"),
);

export const agendaItemSchema = z.object({ ...storedId, title: agendaTopicTitleSchema }, message("invalid.value"));

/** Any subset of the details; each list given is the whole new list, in order. */
export const editMeetingSchema = z.object(
  {
    title: titleSchema.optional(),
    startsAt: jalaliDateTimeSchema.optional(),
    place: textSchema({ max: 300 }).optional(),
    guests: listSchema(guestSchema.extend(storedId), MEETING_LIMITS.guests)
      .superRefine(refuseDuplicates<{ id?: string }>({ id: (item) => item.id }))
      .optional(),
    attendees: listSchema(attendeeSchema.extend(storedId), MEETING_LIMITS.attendees)
      .superRefine(refuseDuplicates<{ id?: string }>({ id: (item) => item.id }))
      .optional(),
    agenda: listSchema(agendaItemSchema, MEETING_LIMITS.agenda)
      .superRefine(
        refuseDuplicates<{ id?: string; title: string }>({
          text: (topic) => topic.title,
          textPath: "title",
          id: (topic) => topic.id,
          duplicateKey: "invalid.agenda.duplicate",
        }),
      )
      .optional(),
    sessionNumber: sessionNumberSchema.nullable().optional(),
    letterNumber: letterNumberSchema.optional(),
    letterDate: letterDateSchema.nullable().optional(),
  },
  message("invalid.value"),
);

export type CreateMeetingInput = z.input<typeof createMeetingSchema>;
export type CreateMeetingFields = z.output<typeof createMeetingSchema>;
export type EditMeetingInput = z.input<typeof editMeetingSchema>;
export type EditMeetingFields = z.output<typeof editMeetingSchema>;
