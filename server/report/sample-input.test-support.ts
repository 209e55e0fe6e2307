// The report input of the sample meeting as the demo seeds it, locked (as if)
// as version 2: for the tests of every report format. Call it at the top of a
// test file: it seeds the demo for that file.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/canonical-json";
import { meetingDocName } from "@/lib/collab-protocol";
import type { Locale } from "@/lib/i18n/locales";
import { seededDemoForFile } from "@/tests/fixtures/seeded-demo-for-file";
import { readMeetingMinutes } from "../domain/minutes/read-meeting-minutes";
import type { ReportInput } from "./report-types";

export function sampleReportInput(): (locale: Locale) => Promise<ReportInput> {
  const { t, sample } = seededDemoForFile();
  return async (locale: Locale): Promise<ReportInput> => {
    const meeting = await t.db.meeting.findUniqueOrThrow({
      where: { id: sample.meetingId },
      include: {
        series: { include: { categories: { orderBy: { position: "asc" } } } },
        guests: { orderBy: { position: "asc" } },
        attendees: { orderBy: { position: "asc" } },
      },
    });
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(sample.meetingId) });
    return {
      locale,
      series: meeting.series?.title ?? null,
      meeting: {
        title: meeting.title,
        startsAt: meeting.startsAt,
        place: meeting.place,
        guests: meeting.guests.map(({ name, role, organisation }) => ({ name, role, organisation })),
        attendees: meeting.attendees.map(({ name, affiliation }) => ({ name, affiliation })),
      },
      categories: (meeting.series?.categories ?? []).map(({ id, name }) => ({ id, name })),
      reading,
      carriedFrom: [],
      version: {
        number: 2,
        // 27 Aban 1398, 11:30 in Tehran.
        lockedAt: new Date("2019-11-18T08:00:00Z"),
        lockedBy: "زهرا احمدی",
        sha256: createHash("sha256").update(canonicalJson(reading)).digest("hex"),
        note: "اصلاح پاسخ پرسش دوم پس از بازبینی",
      },
    };
  };
}
