"use client";
// Attendance on the meeting page, beside the minutes: compact enough to mark
// during the session while the minutes are typed. The organizer changes an
// attendee's status, time left or role and it is saved at once (PUT
// …/attendance, one attendee at a time, or everyone not yet marked with "all
// present"); everyone else with access reads it.
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { instantToJalaliDateTime } from "@/lib/jalali-date-time";
import { AttendanceRow, type AttendeeView } from "./attendance-row";
import { useAttendance } from "./use-attendance";

/** "HH:MM" now in Tehran when it is on the meeting's day at or after its start (ISO), else null. */
function leftNow(startsAt: string): string | null {
  const start = instantToJalaliDateTime(new Date(startsAt));
  const now = instantToJalaliDateTime(new Date());
  const sameDay = now.year === start.year && now.month === start.month && now.day === start.day;
  if (!sameDay || now.hour * 60 + now.minute < start.hour * 60 + start.minute) return null;
  return `${String(now.hour).padStart(2, "0")}:${String(now.minute).padStart(2, "0")}`;
}

export function AttendancePanel(props: { meetingId: string; startsAt: string; locale: Locale; canEdit: boolean; attendees: AttendeeView[] }) {
  const { locale, canEdit } = props;
  const t = translator(locale);
  const { attendees, errors, saving, alert, save } = useAttendance(props);

  const unmarked = attendees.filter((attendee) => attendee.attendance === null);
  const present = attendees.filter((attendee) => attendee.attendance === "present" || attendee.attendance === "left_early").length;
  return (
    <section className="meeting__attendance card" aria-labelledby="attendance-title">
      <h2 id="attendance-title" className="section-title">
        {t("attendance.title")}
      </h2>
      {attendees.length === 0 ? (
        <p className="muted">{t("attendance.empty")}</p>
      ) : (
        <>
          <p className="attendance__summary">
            {t("attendance.summary", { present: formatInteger(present, locale), total: formatInteger(attendees.length, locale) })}
            {!canEdit && ` · ${t("attendance.readOnly")}`}
          </p>
          <ul className="attendance__list">
            {attendees.map((attendee) => (
              <AttendanceRow
                key={attendee.id}
                t={t}
                locale={locale}
                attendee={attendee}
                canEdit={canEdit}
                error={errors[attendee.id]}
                leftNow={() => leftNow(props.startsAt)}
                onChange={(change) => void save([{ attendeeId: attendee.id, ...change }])}
              />
            ))}
          </ul>
          {canEdit && (
            <div className="attendance__actions">
              <button
                type="button"
                className="button"
                disabled={unmarked.length === 0 || saving === "saving"}
                onClick={() => void save(unmarked.map((attendee) => ({ attendeeId: attendee.id, status: "present" as const })))}
              >
                {t("attendance.allPresent")}
              </button>
              <span role="status" aria-live="polite">
                {saving === "saving" ? t("attendance.saving") : saving === "saved" ? t("attendance.saved") : ""}
              </span>
            </div>
          )}
          {alert && (
            <p className="attendance__error" role="alert">
              {alert}
            </p>
          )}
        </>
      )}
    </section>
  );
}
