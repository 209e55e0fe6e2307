// A series' session numbers as a sequence: the next meeting is offered one
// past the highest number its series has given, and the new-meeting form
// follows the series chosen until the organizer types a number of their own.
import { describe, expect, it } from "vitest";
import { followSuggestion, suggestedSessionNumber } from "@/components/meetings/session-number-suggestion";
import { dateTimeText } from "@/components/meetings/jalali-date-time-fields";
import type { MeetingFormValues } from "@/components/meetings/meeting-form-model";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createUser } from "@/tests/helpers/factories";
import { createSeries } from "../series/create-series";
import { createMeeting } from "./create-meeting";
import { nextSessionNumbers } from "./session-number";

const t = testDbForFile();
const STARTS_AT = { year: 1403, month: 1, day: 15, hour: 10, minute: 0 };

describe("the next session number of a series", () => {
  it("is one past the highest number a meeting of the series holds; a series with none numbered has none", async () => {
    const organizer = await createUser(t.db, "برگزارکننده");
    const numbered = await createSeries({ db: t.db, userId: organizer.id, fields: { title: "ماهانه" } });
    const unnumbered = await createSeries({ db: t.db, userId: organizer.id, fields: { title: "بی‌شماره" } });
    for (const [seriesId, sessionNumber] of [[numbered.id, 9], [numbered.id, 10], [numbered.id, null], [unnumbered.id, null]] as const) {
      const fields = { seriesId, title: "جلسه", startsAt: STARTS_AT, place: "", guests: [], attendees: [], agenda: [], sessionNumber };
      await createMeeting({ db: t.db, userId: organizer.id, fields });
    }
    const next = await nextSessionNumbers(t.db, [numbered.id, unnumbered.id]);
    expect([...next]).toEqual([[numbered.id, 11]]);
    expect(await nextSessionNumbers(t.db, [])).toEqual(new Map());
  });
});

describe("the form's suggested number", () => {
  const series = [
    { id: "a", title: "ماهانه", nextSessionNumber: 11 },
    { id: "b", title: "فصلی", nextSessionNumber: 3 },
    { id: "c", title: "بی‌شماره", nextSessionNumber: null },
  ];
  const dateTime = dateTimeText({ year: 1403, month: 1, day: 15, hour: 10, minute: 0 }, "fa");
  const values = (seriesId: string, sessionNumber: string): MeetingFormValues => ({
    seriesId,
    sessionNumber,
    title: "",
    dateTime,
    place: "",
    guests: [],
    attendees: [],
    agenda: [],
    letterNumber: "",
    letterDate: "",
  });
  const follow = followSuggestion(series, "fa");

  it("is the series' next number in the page's digits, or nothing", () => {
    expect(suggestedSessionNumber(series, "a", "fa")).toBe("۱۱");
    expect(suggestedSessionNumber(series, "a", "en")).toBe("11");
    expect(suggestedSessionNumber(series, "c", "fa")).toBe("");
  });

  it("follows the series chosen, until a number of one's own was typed", () => {
    expect(follow(values("a", "۱۱"), values("b", "۱۱")).sessionNumber).toBe("۳");
    expect(follow(values("b", "۳"), values("c", "۳")).sessionNumber).toBe("");
    expect(follow(values("c", ""), values("a", "")).sessionNumber).toBe("۱۱");
    expect(follow(values("a", "۲۰"), values("b", "۲۰")).sessionNumber).toBe("۲۰");
    // Any other change leaves the number as it is.
    expect(follow(values("a", "۱۱"), { ...values("a", ""), title: "x" }).sessionNumber).toBe("");
  });
});
