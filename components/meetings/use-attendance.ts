"use client";
// The attendance panel's state and its saving: a change is shown at once and
// sent (PUT …/attendance); the answer of the latest request, the meeting as
// stored, replaces it, except for a "left early" still waiting for its time
// (an answer to an earlier change must not take it away). A time refused
// stays where it was typed, with its sentence beside the row; any other
// refusal puts the rows back and says why.
import { useRef, useState } from "react";
import { meetingView } from "@/lib/contracts/meetings";
import type { Locale } from "@/lib/i18n/locales";
import { sendJson } from "../ui/api-request";
import type { AttendanceChange, AttendeeView } from "./attendance-row";

export type Saving = "idle" | "saving" | "saved";
export type AttendanceEntry = { attendeeId: string } & AttendanceChange;

/** The rows with the entries applied, as shown before the server answers. */
function applied(rows: AttendeeView[], entries: AttendanceEntry[]): AttendeeView[] {
  return rows.map((row) => {
    const entry = entries.find((each) => each.attendeeId === row.id);
    if (!entry) return row;
    return {
      ...row,
      attendance: entry.status === undefined ? row.attendance : entry.status,
      leftAt: entry.leftAt === undefined ? row.leftAt : entry.leftAt,
      sessionRole: entry.sessionRole === undefined ? row.sessionRole : entry.sessionRole,
    };
  });
}

export function useAttendance(props: { meetingId: string; locale: Locale; attendees: AttendeeView[] }) {
  const { locale } = props;
  const [attendees, setAttendees] = useState(props.attendees);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<Saving>("idle");
  const [alert, setAlert] = useState("");
  /** Attendees marked "left early" here whose time is not entered yet. */
  const waiting = useRef(new Set<string>());
  /** The number of the latest request: only its answer is shown. */
  const latest = useRef(0);

  const save = async (entries: AttendanceEntry[]): Promise<void> => {
    const before = attendees;
    setAttendees(applied(before, entries));
    setAlert("");
    for (const entry of entries) waiting.current.delete(entry.attendeeId);
    // "Left early" without a time waits here until the time is entered.
    if (entries.every((entry) => entry.status === "left_early" && !entry.leftAt)) {
      for (const entry of entries) waiting.current.add(entry.attendeeId);
      return;
    }
    const request = ++latest.current;
    setSaving("saving");
    const result = await sendJson({
      method: "PUT",
      url: `/api/meetings/${encodeURIComponent(props.meetingId)}/attendance`,
      body: { attendees: entries },
      answer: meetingView,
      locale,
    });
    if (request !== latest.current) return;
    if (result.ok) {
      const stillWaiting = [...waiting.current].map((attendeeId) => ({ attendeeId, status: "left_early" as const, leftAt: null }));
      setAttendees(applied(result.data.attendees, stillWaiting));
      setErrors({});
      setSaving("saved");
      return;
    }
    setSaving("idle");
    const rowErrors: Record<string, string> = {};
    entries.forEach((entry, index) => {
      const error = Object.entries(result.fields).find(([path]) => path.startsWith(`attendees.${index}.`))?.[1];
      if (error) rowErrors[entry.attendeeId] = error;
    });
    setErrors(rowErrors);
    // A time refused stays where it was typed, to be corrected; anything else is put back.
    if (Object.keys(rowErrors).length === 0) {
      setAttendees(before);
      setAlert(result.message);
    }
  };

  return { attendees, errors, saving, alert, save };
}
