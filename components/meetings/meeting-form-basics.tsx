"use client";
// The meeting form's first section: the series (chosen when creating, named
// when editing), the title, the Jalali date and Tehran time, and the place.
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { FieldError, invalidProps } from "../ui/form-parts";
import { dateTimeFieldId, DATE_TIME_PARTS, JalaliDateTimeFields, type DateTimePart } from "./jalali-date-time-fields";
import { FIELD_IDS, type MeetingFormValues } from "./meeting-form-model";
import { UserText } from "../ui/user-text";

export type SeriesChoice =
  | { mode: "create"; series: Array<{ id: string; title: string }> }
  | { mode: "edit"; seriesTitle: string | null };

export function MeetingFormBasics(props: {
  t: Translator;
  locale: Locale;
  series: SeriesChoice;
  values: MeetingFormValues;
  errors: Record<string, string>;
  clearError: (fieldId: string) => void;
  onChange: (update: (previous: MeetingFormValues) => MeetingFormValues) => void;
}) {
  const { t, locale, values, errors, clearError, onChange } = props;
  const dateErrors: Partial<Record<DateTimePart, string>> = Object.fromEntries(
    DATE_TIME_PARTS.flatMap((part) => {
      const error = errors[dateTimeFieldId(part)];
      return error ? [[part, error]] : [];
    }),
  );
  const textField = (field: "title" | "place", label: "meetingForm.title" | "meetingForm.place") => (
    <div className="field">
      <label htmlFor={FIELD_IDS[field]}>{t(label)}</label>
      <input
        {...invalidProps(FIELD_IDS[field], errors[FIELD_IDS[field]])}
        type="text"
        dir="auto"
        value={values[field]}
        onChange={(event) => {
          clearError(FIELD_IDS[field]);
          const text = event.target.value;
          onChange((previous) => ({ ...previous, [field]: text }));
        }}
      />
      <FieldError fieldId={FIELD_IDS[field]} error={errors[FIELD_IDS[field]]} />
    </div>
  );

  return (
    <section className="form-section card" aria-labelledby="meeting-form-basics">
      <h2 id="meeting-form-basics" className="section-title">
        {t("meetingForm.basics")}
      </h2>
      <SeriesField {...props} />
      {textField("title", "meetingForm.title")}
      <JalaliDateTimeFields
        t={t}
        locale={locale}
        value={values.dateTime}
        errors={dateErrors}
        onChange={(part, text) => {
          clearError(dateTimeFieldId(part));
          if (part === "year" || part === "month") clearError(dateTimeFieldId("day"));
          onChange((previous) => ({ ...previous, dateTime: { ...previous.dateTime, [part]: text } }));
        }}
      />
      {textField("place", "meetingForm.place")}
    </section>
  );
}

function SeriesField({ t, series, values, errors, clearError, onChange }: Parameters<typeof MeetingFormBasics>[0]) {
  if (series.mode === "edit") {
    return (
      series.seriesTitle && (
        <p className="meeting-form__series">
          <span className="muted">{t("meetingForm.series")}: </span>
          <UserText text={series.seriesTitle} />
        </p>
      )
    );
  }
  return (
    <div className="field">
      <label htmlFor={FIELD_IDS.series}>{t("meetingForm.series")}</label>
      <select
        {...invalidProps(FIELD_IDS.series, errors[FIELD_IDS.series])}
        value={values.seriesId}
        onChange={(event) => {
          clearError(FIELD_IDS.series);
          const seriesId = event.target.value;
          onChange((previous) => ({ ...previous, seriesId }));
        }}
      >
        <option value="">{t("meetingForm.chooseSeries")}</option>
        {series.series.map((each) => (
          <option key={each.id} value={each.id}>
            {each.title}
          </option>
        ))}
      </select>
      <FieldError fieldId={FIELD_IDS.series} error={errors[FIELD_IDS.series]} />
    </div>
  );
}
