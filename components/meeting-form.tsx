"use client";
// Creates a meeting or edits one's details: series, title, Jalali date and
// Tehran time, place, guests, attendees and the ordered agenda. The input is
// checked with the API's own schema before it is sent, and whatever the API
// still refuses is shown beside the field it names, in the user's language.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import type { Locale } from "../lib/i18n/locales";
import { translate, translator } from "../lib/i18n/translate";
import type { JalaliDateTime } from "../lib/jalali-date-time";
import { fieldMessages } from "../lib/validation/field-messages";
import { createMeetingSchema, editMeetingSchema } from "../lib/validation/meeting";
import { safeParseInput } from "../lib/validation/parse-input";
import { sendJson } from "./api-request";
import { AttendeeAccount } from "./attendee-account";
import { FieldError, FormAlert, invalidProps } from "./form-parts";
import { dateTimeFieldId, dateTimeText, DATE_TIME_PARTS, JalaliDateTimeFields, type DateTimePart } from "./jalali-date-time-fields";
import { AgendaFieldset, PeopleFieldset, type ListControls } from "./meeting-form-lists";
import {
  attendeeFieldId,
  createBody,
  editBody,
  FIELD_IDS,
  fieldIdOf,
  guestFieldId,
  topicFieldId,
  type AttendeeRow,
  type GuestRow,
  type MeetingFormValues,
  type SentRows,
} from "./meeting-form-model";
import { UserText } from "./user-text";

/** A meeting's details as the form starts with them. */
export interface MeetingFormData {
  title: string;
  startsAt: JalaliDateTime;
  place: string;
  guests: Array<{ id: string; name: string; role: string; organisation: string }>;
  attendees: Array<{ id: string; name: string; affiliation: string; userId: string | null; account: { name: string; email: string } | null }>;
  agenda: Array<{ id: string; title: string }>;
}

export type MeetingFormProps = { locale: Locale; initial: MeetingFormData } & (
  | { mode: "create"; series: Array<{ id: string; title: string }>; seriesId: string }
  | { mode: "edit"; meetingId: string; seriesTitle: string | null }
);

const createdAnswer = z.object({ id: z.string() });

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
  };
}

export function MeetingForm(props: MeetingFormProps) {
  const { locale } = props;
  const t = translator(locale);
  const router = useRouter();
  const [values, setValues] = useState<MeetingFormValues>(() => initialValues(props));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ summary: string | null; details: string[] }>({ summary: null, details: [] });
  const [pending, setPending] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const keyCounter = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const focusInvalid = useRef(false);

  useEffect(() => {
    if (pendingFocus.current) {
      document.getElementById(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
    if (focusInvalid.current) {
      focusInvalid.current = false;
      formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"], select[aria-invalid="true"]')?.focus();
    }
  });

  const clearError = (fieldId: string): void => {
    setErrors((previous) =>
      fieldId in previous ? Object.fromEntries(Object.entries(previous).filter(([id]) => id !== fieldId)) : previous,
    );
  };

  const controls: ListControls = {
    t,
    locale,
    errors,
    newKey: () => {
      keyCounter.current += 1;
      return `new-${keyCounter.current}`;
    },
    focusAfterRender: (elementId) => {
      pendingFocus.current = elementId;
    },
    announce: setAnnouncement,
    clearError,
  };

  const set = <K extends keyof MeetingFormValues>(field: K, value: MeetingFormValues[K]): void =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const showErrors = (fields: Record<string, string>, rows: SentRows, summary: string): void => {
    const placed: Record<string, string> = {};
    const details: string[] = [];
    for (const [path, text] of Object.entries(fields)) {
      const fieldId = fieldIdOf(path, rows);
      if (fieldId) placed[fieldId] ??= text;
      else if (!details.includes(text)) details.push(text);
    }
    setErrors(placed);
    setAlert({ summary, details });
    focusInvalid.current = true;
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const { body, rows } = props.mode === "create" ? createBody(values) : editBody(values);
    const checked =
      props.mode === "create" ? safeParseInput(createMeetingSchema, body) : safeParseInput(editMeetingSchema, body);
    if (!checked.success) {
      const keys = fieldMessages(checked.error);
      const translated = Object.fromEntries(Object.entries(keys).map(([path, key]) => [path, translate(locale, key)]));
      showErrors(translated, rows, t("form.checkFields"));
      return;
    }
    setPending(true);
    setAlert({ summary: null, details: [] });
    const result = await sendJson({
      method: props.mode === "create" ? "POST" : "PATCH",
      url: props.mode === "create" ? "/api/meetings" : `/api/meetings/${encodeURIComponent(props.meetingId)}`,
      body,
      answer: createdAnswer,
      locale,
    });
    if (result.ok) {
      router.push(`/meetings/${encodeURIComponent(result.data.id)}`);
      router.refresh();
      return;
    }
    setPending(false);
    showErrors(result.fields, rows, result.message);
  };

  const dateErrors: Partial<Record<DateTimePart, string>> = Object.fromEntries(
    DATE_TIME_PARTS.flatMap((part) => {
      const error = errors[dateTimeFieldId(part)];
      return error ? [[part, error]] : [];
    }),
  );

  return (
    <form ref={formRef} className="form meeting-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert summary={alert.summary} details={alert.details} />

      <section className="form-section card" aria-labelledby="meeting-form-basics">
        <h2 id="meeting-form-basics" className="section-title">
          {t("meetingForm.basics")}
        </h2>
        {props.mode === "create" ? (
          <div className="field">
            <label htmlFor={FIELD_IDS.series}>{t("meetingForm.series")}</label>
            <select
              {...invalidProps(FIELD_IDS.series, errors[FIELD_IDS.series])}
              value={values.seriesId}
              onChange={(event) => {
                clearError(FIELD_IDS.series);
                set("seriesId", event.target.value);
              }}
            >
              <option value="">{t("meetingForm.chooseSeries")}</option>
              {props.series.map((series) => (
                <option key={series.id} value={series.id}>
                  {series.title}
                </option>
              ))}
            </select>
            <FieldError fieldId={FIELD_IDS.series} error={errors[FIELD_IDS.series]} />
          </div>
        ) : (
          props.seriesTitle && (
            <p className="meeting-form__series">
              <span className="muted">{t("meetingForm.series")}: </span>
              <UserText text={props.seriesTitle} />
            </p>
          )
        )}
        <div className="field">
          <label htmlFor={FIELD_IDS.title}>{t("meetingForm.title")}</label>
          <input
            {...invalidProps(FIELD_IDS.title, errors[FIELD_IDS.title])}
            type="text"
            dir="auto"
            value={values.title}
            onChange={(event) => {
              clearError(FIELD_IDS.title);
              set("title", event.target.value);
            }}
          />
          <FieldError fieldId={FIELD_IDS.title} error={errors[FIELD_IDS.title]} />
        </div>
        <JalaliDateTimeFields
          t={t}
          locale={locale}
          value={values.dateTime}
          errors={dateErrors}
          onChange={(part, text) => {
            clearError(dateTimeFieldId(part));
            if (part === "year" || part === "month") clearError(dateTimeFieldId("day"));
            setValues((previous) => ({ ...previous, dateTime: { ...previous.dateTime, [part]: text } }));
          }}
        />
        <div className="field">
          <label htmlFor={FIELD_IDS.place}>{t("meetingForm.place")}</label>
          <input
            {...invalidProps(FIELD_IDS.place, errors[FIELD_IDS.place])}
            type="text"
            dir="auto"
            value={values.place}
            onChange={(event) => {
              clearError(FIELD_IDS.place);
              set("place", event.target.value);
            }}
          />
          <FieldError fieldId={FIELD_IDS.place} error={errors[FIELD_IDS.place]} />
        </div>
      </section>

      <section className="form-section card" aria-label={t("meetingForm.people")}>
        <PeopleFieldset<"name" | "role" | "organisation", GuestRow>
          controls={controls}
          listId={FIELD_IDS.guests}
          legend="meetingForm.guests"
          empty="meetingForm.guestsEmpty"
          rowLegend="meetingForm.guest"
          addLabel="meetingForm.addGuest"
          rowFieldId={(key) => guestFieldId(key)}
          fields={[
            { name: "name", label: "meetingForm.name", fieldId: (key) => guestFieldId(key, "name") },
            { name: "role", label: "meetingForm.position", fieldId: (key) => guestFieldId(key, "role") },
            {
              name: "organisation",
              label: "meetingForm.organisation",
              fieldId: (key) => guestFieldId(key, "organisation"),
            },
          ]}
          rows={values.guests}
          newRow={(key) => ({ key, name: "", role: "", organisation: "" })}
          onChange={(rows) => set("guests", rows)}
        />
        <PeopleFieldset<"name" | "affiliation", AttendeeRow>
          controls={controls}
          listId={FIELD_IDS.attendees}
          legend="meetingForm.attendees"
          empty="meetingForm.attendeesEmpty"
          rowLegend="meetingForm.attendee"
          addLabel="meetingForm.addAttendee"
          rowFieldId={(key) => attendeeFieldId(key)}
          fields={[
            { name: "name", label: "meetingForm.name", fieldId: (key) => attendeeFieldId(key, "name") },
            {
              name: "affiliation",
              label: "meetingForm.affiliation",
              fieldId: (key) => attendeeFieldId(key, "affiliation"),
            },
          ]}
          rows={values.attendees}
          newRow={(key) => ({ key, userId: null, account: null, name: "", affiliation: "" })}
          onChange={(rows) => set("attendees", rows)}
          extra={(row, update) => (
            <AttendeeAccount
              t={t}
              fieldId={attendeeFieldId(row.key, "account")}
              attendeeName={row.name}
              account={row.account}
              linked={row.userId !== null}
              onLink={(entry) => update(entry ? { userId: entry.id, account: { name: entry.name, email: entry.email } } : { userId: null, account: null })}
            />
          )}
        />
      </section>

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
        <Link
          className="button button--quiet"
          href={props.mode === "create" ? "/" : `/meetings/${encodeURIComponent(props.meetingId)}`}
        >
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
