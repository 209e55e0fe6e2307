"use client";
// One attendee in the attendance panel: their name, status and role in the
// session (selects for the organizer, words for everyone else), and the time
// they left when they left early.
import { ATTENDANCE_STATUSES, SESSION_ROLES, type AttendanceStatus, type SessionRole } from "@/lib/attendance";
import type { MeetingView } from "@/lib/contracts/meetings";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "../ui/user-text";

export type AttendeeView = MeetingView["attendees"][number];

export interface AttendanceChange {
  status?: AttendanceStatus | null;
  leftAt?: string | null;
  sessionRole?: SessionRole | null;
}

/** "11:45" in the UI's digits. */
export function wallClockText(time: string, locale: Locale): string {
  const [hour = "", minute = ""] = time.split(":");
  return `${formatInteger(Number(hour), locale, 2)}:${formatInteger(Number(minute), locale, 2)}`;
}

export function AttendanceRow(props: {
  t: Translator;
  locale: Locale;
  attendee: AttendeeView;
  canEdit: boolean;
  error: string | undefined;
  /** The time on Tehran's clocks now, when that is within the meeting's day (someone marked as leaving is leaving now). */
  leftNow: () => string | null;
  /** A change to save; one to "left early" without a time yet waits for the time. */
  onChange: (change: AttendanceChange) => void;
}) {
  const { t, attendee, canEdit, error, onChange } = props;
  const id = `attendance-${attendee.id}`;
  const statusWords = t(attendee.attendance ? `attendance.status.${attendee.attendance}` : "attendance.status.none");
  const roleWords = t(attendee.sessionRole ? `attendance.role.${attendee.sessionRole}` : "attendance.role.none");
  const name = (
    <span className="attendance__name">
      <UserText text={attendee.name} />
      {attendee.userId && <span className="attendance__account">({t("attendance.account")})</span>}
    </span>
  );
  if (!canEdit) {
    const leftAt = attendee.attendance === "left_early" && attendee.leftAt ? ` ${wallClockText(attendee.leftAt, props.locale)}` : "";
    return (
      <li className="attendance__row" data-attendee={attendee.id}>
        {name}
        <span className="attendance__status">{statusWords + leftAt}</span>
        <span className="attendance__status">{roleWords}</span>
      </li>
    );
  }
  return (
    <li className="attendance__row" data-attendee={attendee.id}>
      {name}
      <AttendanceSelects t={t} attendee={attendee} leftNow={props.leftNow} onChange={onChange} />
      {attendee.attendance === "left_early" && (
        <label className="attendance__left-at" htmlFor={`${id}-left-at`}>
          {t("attendance.leftAt")}
          <input
            id={`${id}-left-at`}
            type="time"
            aria-label={t("attendance.leftAtAria", { name: attendee.name })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            value={attendee.leftAt ?? ""}
            onChange={(event) => {
              if (event.target.value) onChange({ status: "left_early", leftAt: event.target.value });
            }}
          />
        </label>
      )}
      {error && (
        <p id={`${id}-error`} className="attendance__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** The organizer's two selects: the status (to "left early" with the time
 * now, when now is on the meeting's day) and the role in the session. */
function AttendanceSelects(props: {
  t: Translator;
  attendee: AttendeeView;
  leftNow: () => string | null;
  onChange: (change: AttendanceChange) => void;
}) {
  const { t, attendee, onChange } = props;
  return (
    <>
      <select
        aria-label={t("attendance.statusAria", { name: attendee.name })}
        value={attendee.attendance ?? ""}
        onChange={(event) => {
          const status = ATTENDANCE_STATUSES.find((each) => each === event.target.value) ?? null;
          onChange(status === "left_early" ? { status, leftAt: attendee.leftAt ?? props.leftNow() } : { status, leftAt: null });
        }}
      >
        <option value="">{t("attendance.status.none")}</option>
        {ATTENDANCE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`attendance.status.${status}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t("attendance.roleAria", { name: attendee.name })}
        value={attendee.sessionRole ?? ""}
        onChange={(event) => onChange({ sessionRole: SESSION_ROLES.find((each) => each === event.target.value) ?? null })}
      >
        <option value="">{t("attendance.role.none")}</option>
        {SESSION_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`attendance.role.${role}`)}
          </option>
        ))}
      </select>
    </>
  );
}
