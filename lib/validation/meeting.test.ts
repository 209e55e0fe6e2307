import { describe, expect, it } from "vitest";
import { fa } from "../i18n/messages-fa";
import { createMeetingSchema, editMeetingSchema } from "./meeting";
import { safeParseInput } from "./parse-input";
import { editCategoriesSchema } from "./series";
import { addMemberSchema } from "./membership";

const valid = {
  seriesId: "series1",
  title: "  جلسهٔ  ماهانه ",
  startsAt: { year: 1398, month: 8, day: 25, hour: 18, minute: 0 },
  agenda: ["کودکان و نوجوانان", "امور فرهنگي"],
};

/** Field path → message key, for a failed parse. */
function issues(result: ReturnType<typeof safeParseInput>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the meeting form's schema", () => {
  it("cleans what it accepts and fills the optional lists", () => {
    const result = safeParseInput(createMeetingSchema, valid);
    expect(result.success && result.data).toEqual({
      ...valid,
      title: "جلسهٔ ماهانه",
      place: "",
      guests: [],
      attendees: [],
      agenda: ["کودکان و نوجوانان", "امور فرهنگی"],
      sessionNumber: null,
      letterNumber: "",
      letterDate: null,
    });
  });

  it("names each bad field with a catalogue key", () => {
    const result = safeParseInput(createMeetingSchema, {
      ...valid,
      title: "   ",
      startsAt: { year: 1398, month: 12, day: 30, hour: 24, minute: 0 },
      agenda: ["امور فرهنگی", "امور  فرهنگي", "امور\u200cفرهنگی", "کودکان"],
      guests: [{ name: "" }],
    });
    expect(issues(result)).toEqual({
      title: "invalid.title.empty",
      "startsAt.day": "invalid.date.notInCalendar",
      "startsAt.hour": "invalid.time",
      "agenda.1": "invalid.agenda.duplicate",
      "agenda.2": "invalid.agenda.duplicate",
      "guests.0.name": "invalid.text.empty",
    });
    for (const key of Object.values(issues(result))) expect(fa).toHaveProperty([key]);
  });

  it("refuses 30 Esfand of a non-leap year and a title over 300 characters", () => {
    const result = safeParseInput(createMeetingSchema, {
      ...valid,
      title: "ا".repeat(301),
      startsAt: { year: 1398, month: 12, day: 30, hour: 10, minute: 0 },
    });
    expect(issues(result)).toEqual({ title: "invalid.title.tooLong", "startsAt.day": "invalid.date.notInCalendar" });
    expect(safeParseInput(createMeetingSchema, { ...valid, title: "ا".repeat(300) }).success).toBe(true);
  });

  it("gives a generic key to input no form would send", () => {
    expect(issues(safeParseInput(createMeetingSchema, { ...valid, agenda: "x", seriesId: 4 }))).toEqual({
      agenda: "invalid.value",
      seriesId: "invalid.series",
    });
    expect(issues(safeParseInput(createMeetingSchema, null))).toEqual({ "": "invalid.value" });
  });

  it("accepts any subset of details on edit, and refuses duplicate topics and ids", () => {
    expect(safeParseInput(editMeetingSchema, {}).success).toBe(true);
    const result = safeParseInput(editMeetingSchema, {
      agenda: [{ id: "a", title: "یک" }, { id: "a", title: "دو" }, { title: "يک" }],
    });
    expect(issues(result)).toEqual({ "agenda.1.id": "invalid.value", "agenda.2.title": "invalid.agenda.duplicate" });
  });
});

describe("the other forms' schemas", () => {
  it("refuse duplicate and missing categories", () => {
    expect(issues(safeParseInput(editCategoriesSchema, { categories: [] }))).toEqual({
      categories: "invalid.categories.empty",
    });
    expect(
      issues(safeParseInput(editCategoriesSchema, { categories: [{ name: "پژوهش" }, { id: "c1", name: " پژوهش " }] })),
    ).toEqual({ "categories.1.name": "invalid.category.duplicate" });
  });

  it("lower-cases the email of a new member and knows the four roles", () => {
    const result = safeParseInput(addMemberSchema, { email: " Reviewer@Kateb.Local ", role: "reviewer" });
    expect(result.success && result.data).toEqual({ email: "reviewer@kateb.local", role: "reviewer" });
    expect(issues(safeParseInput(addMemberSchema, { email: "nope", role: "boss" }))).toEqual({
      email: "invalid.email",
      role: "invalid.role",
    });
  });
});
