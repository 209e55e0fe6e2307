// Security review (issue 14, finding 6): a right-to-left override kept in a
// guest's name reversed the guest's role and organisation on the published
// report. No text people type keeps a directional embedding, override or
// isolate control (U+202A–U+202E, U+2066–U+2069).
import { describe, expect, it } from "vitest";
import { commentSchema } from "./comments";
import { createMeetingSchema, editMeetingSchema } from "./meeting";
import { parseInput } from "./parse-input";
import { createSeriesSchema, editCategoriesSchema } from "./series";
import { changeTrackedItemSchema, createResponsibleBodySchema } from "./tracker";
import { lockMinutesSchema } from "./versions";

const CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const ANY_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** "Ali" with every control in it, and a right-to-left override left open at its end. */
const forged = `A${CONTROLS.join("")}li\u202e`;

describe("what people type", () => {
  it("keeps no directional control in a meeting's title, place, guests, attendees and agenda", () => {
    const meeting = parseInput(createMeetingSchema, {
      seriesId: "s1",
      title: forged,
      startsAt: { year: 1404, month: 1, day: 1, hour: 9, minute: 0 },
      place: forged,
      guests: [{ name: forged, role: `\u202e${"معاون"}`, organisation: forged }],
      attendees: [{ name: forged, affiliation: forged }],
      agenda: [forged],
    });
    expect(meeting.title).toBe("Ali");
    expect(meeting.guests).toEqual([{ name: "Ali", role: "معاون", organisation: "Ali" }]);
    expect(JSON.stringify(meeting)).not.toMatch(ANY_CONTROL);
    expect(JSON.stringify(parseInput(editMeetingSchema, { title: forged, agenda: [{ title: forged }] }))).not.toMatch(ANY_CONTROL);
  });

  it("keeps none in series titles, categories, responsible bodies, tracker notes, lock notes and comments", () => {
    const parsed = [
      parseInput(createSeriesSchema, { title: forged, categories: [forged] }),
      parseInput(editCategoriesSchema, { categories: [{ name: forged }] }),
      parseInput(createResponsibleBodySchema, { name: forged, contact: forged }),
      parseInput(changeTrackedItemSchema, { status: "answered", note: forged, evidence: forged, evidenceLink: `https://kateb.example/${forged}` }),
      parseInput(lockMinutesSchema, { note: forged }),
      parseInput(commentSchema, { body: `${forged}\n${forged}` }),
    ];
    for (const fields of parsed) expect(JSON.stringify(fields)).not.toMatch(ANY_CONTROL);
    expect(parseInput(commentSchema, { body: `${forged}\n${forged}` }).body).toBe("Ali\nAli");
  });

  it("keeps the marks Persian text needs: left-to-right and right-to-left marks, and the zero-width non-joiner", () => {
    expect(parseInput(createSeriesSchema, { title: "می\u200cروم \u200fABC\u200e" }).title).toBe("می\u200cروم \u200fABC\u200e");
  });
});
