// The words the minutes' template writes by itself: the section headings and
// the header's lines made from the meeting's details. The server writes them
// when a meeting's minutes are created; the report recognises them as already
// said by its own part headings and header, and shows anything else typed there.
// No directional control of a detail stored before input was cleaned reaches
// the minutes: there a guest's name shares its line with their role.
import { withoutDirectionalControls } from "../directional-controls";
import { LOCALES, type Locale } from "../i18n/locales";
import type { MessageKey } from "../i18n/messages-fa";
import { translate } from "../i18n/translate";
import { formatDateBoth } from "../jalali-date";
import type { SectionKind } from "./nodes/section";

const HEADING_KEYS: Partial<Record<SectionKind, MessageKey>> = {
  agenda: "minutes.heading.agenda",
  qa: "minutes.heading.qa",
  proposals: "minutes.heading.proposals",
  resolutions: "minutes.heading.resolutions",
  followUps: "minutes.heading.followUps",
  carryOver: "minutes.heading.carryOver",
};

/** The template's heading of a section of this kind in one language; null for a kind it gives no fixed heading. */
export function templateHeading(kind: SectionKind, locale: Locale): string | null {
  const key = HEADING_KEYS[kind];
  return key ? translate(locale, key) : null;
}

export interface TemplateDetails {
  startsAt: Date;
  place: string;
  guests: ReadonlyArray<{ name: string; role: string; organisation: string }>;
}

/** The header section's lines the template writes from the meeting's details: when, where, and one per guest. */
export function headerLines(meeting: TemplateDetails, locale: Locale): { when: string; place: string; guests: string[] } {
  const clean = withoutDirectionalControls;
  return {
    when: formatDateBoth(meeting.startsAt, locale, { time: true }),
    place: meeting.place ? translate(locale, "minutes.place", { place: clean(meeting.place) }) : "",
    guests: meeting.guests.map((guest) =>
      translate(locale, "minutes.guest", {
        name: clean(guest.name),
        role: [guest.role, guest.organisation].map(clean).filter(Boolean).join("، "),
      }),
    ),
  };
}

/** Text compared as the template's: no directional control, runs of white space as one space, none at the ends. */
export const templateKey = (text: string): string => withoutDirectionalControls(text).replace(/\s+/g, " ").trim();

/** Whether a section's title is the template's heading for its kind, in any language. */
export function isTemplateHeading(kind: SectionKind, title: string): boolean {
  const key = templateKey(title);
  return LOCALES.some((locale) => templateHeading(kind, locale) === key);
}

/** The template's header lines for a meeting, in any language, as templateKey gives them. */
export function templateHeaderLines(meeting: TemplateDetails): Set<string> {
  const lines = LOCALES.flatMap((locale) => {
    const { when, place, guests } = headerLines(meeting, locale);
    return [when, place, ...guests];
  });
  return new Set(lines.filter(Boolean).map(templateKey));
}
