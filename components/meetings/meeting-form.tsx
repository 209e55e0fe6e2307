"use client";
// Creates a meeting or edits one's details: series, title, Jalali date and
// Tehran time, place, guests, attendees and the ordered agenda. The input is
// checked with the API's own schema before it is sent, and whatever the API
// still refuses is shown beside the field it names, in the user's language.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { meetingView } from "@/lib/contracts/meetings";
import { jalaliDueText } from "@/lib/editor/due-date";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import type { JalaliDateTime } from "@/lib/jalali-date-time";
import { createMeetingSchema, editMeetingSchema } from "@/lib/validation/meeting";
import { safeParseInput } from "@/lib/validation/parse-input";
import { sendJson } from "../ui/api-request";
import { FormAlert } from "../ui/form-parts";
import { dateTimeText } from "./jalali-date-time-fields";
import { MeetingFormBasics } from "./meeting-form-basics";
import { MeetingFormNumbering } from "./meeting-form-numbering";
import { AgendaFieldset, useListControls } from "./meeting-form-lists";
import { createBody, editBody, FIELD_IDS, fieldIdOf, topicFieldId, type MeetingFormValues } from "./meeting-form-model";
import { MeetingFormPeople } from "./meeting-form-people";
import { followSuggestion, suggestedSessionNumber, type SeriesOption } from "./session-number-suggestion";
import { translatedFields, useFocusAfterRender, useFormErrors } from "../ui/use-form-errors";

/** A meeting's details as the form starts with them. */
export interface MeetingFormData {
  title: string;
  startsAt: JalaliDateTime;
  place: string;
  guests: Array<{ id: string; name: string; role: string; organisation: string }>;
  attendees: Array<{ id: string; name: string; affiliation: string; userId: string | null; account: { name: string; email: string } | null }>;
  agenda: Array<{ id: string; title: string }>;
  /** The session number, and the letter's number and day (a Gregorian ISO day); none when left out. */
  sessionNumber?: number | null;
  letterNumber?: string;
  letterDate?: string | null;
}

export type MeetingFormProps = { locale: Locale; initial: MeetingFormData } & (
  | { mode: "create"; series: SeriesOption[]; seriesId: string }
  | { mode: "edit"; meetingId: string; seriesTitle: string | null }
);

function initialValues(props: MeetingFormProps): MeetingFormValues {
  const { initial } = props;
  return {
    seriesId: props.mode === "create" ? props.seriesId : "",
    title: initial.title,
    dateTime: dateTimeText(initial.startsAt, props.locale),
    place: initial.place,
    guests: initial.guests.map((guest) => ({ key: guest.id, ...guest })),
    attendees: initial.attendees.map((attendee) => ({ key: attendee.id, ...attendee })),
    // A new meeting starts with one empty topic to type into.
    agenda:
      props.mode === "create" && initial.agenda.length === 0
        ? [{ key: "first", title: "" }]
        : initial.agenda.map((topic) => ({ key: topic.id, ...topic })),
    sessionNumber: initial.sessionNumber
      ? formatInteger(initial.sessionNumber, props.locale)
      : props.mode === "create"
        ? suggestedSessionNumber(props.series, props.seriesId, props.locale)
        : "",
    letterNumber: initial.letterNumber ?? "",
    letterDate: jalaliDueText(initial.letterDate ?? null, props.locale),
  };
}

/** Creates the meeting or saves its details; the API's answer names the meeting. */
function saveMeeting(props: MeetingFormProps, body: unknown) {
  return sendJson({
    method: props.mode === "create" ? "POST" : "PATCH",
    url: props.mode === "create" ? "/api/meetings" : `/api/meetings/${encodeURIComponent(props.meetingId)}`,
    body,
    answer: meetingView,
    locale: props.locale,
  });
}

export function MeetingForm(props: MeetingFormProps) {
  const { locale } = props;
  const t = translator(locale);
  const router = useRouter();
  const [values, setValues] = useState<MeetingFormValues>(() => initialValues(props));
  const [pending, setPending] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const { formRef, errors, alert, show, clearError, clear } = useFormErrors();
  const controls = useListControls({ t, locale, errors, focusAfterRender: useFocusAfterRender(), announce: setAnnouncement, clearError });

  const set = <K extends keyof MeetingFormValues>(field: K, value: MeetingFormValues[K]): void =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const { body, rows } = props.mode === "create" ? createBody(values) : editBody(values);
    const placeOf = (path: string): string | null => fieldIdOf(path, rows);
    const checked =
      props.mode === "create" ? safeParseInput(createMeetingSchema, body) : safeParseInput(editMeetingSchema, body);
    if (!checked.success) return show(translatedFields(locale, checked.error), placeOf, t("form.checkFields"));
    setPending(true);
    clear();
    const result = await saveMeeting(props, body);
    if (result.ok) {
      router.push(`/meetings/${encodeURIComponent(result.data.id)}`);
      router.refresh();
      return;
    }
    setPending(false);
    show(result.fields, placeOf, result.message);
  };

  return (
    <form ref={formRef} className="form meeting-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert summary={alert.summary} details={alert.details} />
      <MeetingFormBasics
        t={t}
        locale={locale}
        series={props.mode === "create" ? { mode: "create", series: props.series } : { mode: "edit", seriesTitle: props.seriesTitle }}
        values={values}
        errors={errors}
        clearError={clearError}
        onChange={(update) => setValues((previous) => (props.mode === "create" ? followSuggestion(props.series, locale)(previous, update(previous)) : update(previous)))}
      />
      <MeetingFormNumbering t={t} values={values} errors={errors} clearError={clearError} onChange={setValues} />
      <MeetingFormPeople
        controls={controls}
        guests={values.guests}
        attendees={values.attendees}
        onGuests={(rows) => set("guests", rows)}
        onAttendees={(rows) => set("attendees", rows)}
      />
      <section className="form-section card" aria-label={t("meetingForm.agenda")}>
        <AgendaFieldset
          controls={controls}
          listId={FIELD_IDS.agenda}
          topicFieldId={topicFieldId}
          rows={values.agenda}
          onChange={(rows) => set("agenda", rows)}
        />
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("form.saving") : t(props.mode === "create" ? "meetingForm.create" : "meetingForm.save")}
        </button>
        <Link className="button button--quiet" href={props.mode === "create" ? "/" : `/meetings/${encodeURIComponent(props.meetingId)}`}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
