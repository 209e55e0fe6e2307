"use client";
// A meeting's date in the Jalali calendar (day, month, year) and its time in
// Tehran, with the date in both calendars shown live as it is entered.
import { direction, type Locale } from "@/lib/i18n/locales";
import { formatInteger, parseInteger } from "@/lib/i18n/numbers";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import { isValidJalaliDateTime, jalaliDateTimeToInstant, type JalaliDateTime } from "@/lib/jalali-date-time";
import { JALALI_INPUT_YEARS } from "@/lib/validation/jalali-date-time";
import { FieldError, invalidProps } from "../ui/form-parts";

export const DATE_TIME_PARTS = ["year", "month", "day", "hour", "minute"] as const;
export type DateTimePart = (typeof DATE_TIME_PARTS)[number];

/** What the fields hold: the year as typed, the others as the chosen option's value. */
export type DateTimeText = Record<DateTimePart, string>;

export const dateTimeFieldId = (part: DateTimePart): string => `meeting-${part}`;

/** The fields' first values: the year written as the UI writes numbers. */
export function dateTimeText(value: JalaliDateTime, locale: Locale): DateTimeText {
  return {
    year: formatInteger(value.year, locale),
    month: String(value.month),
    day: String(value.day),
    hour: String(value.hour),
    minute: String(value.minute),
  };
}

/** The entered date and time as numbers (NaN where nothing readable is entered). */
export function readDateTime(text: DateTimeText): JalaliDateTime {
  return {
    year: parseInteger(text.year),
    month: parseInteger(text.month),
    day: parseInteger(text.day),
    hour: parseInteger(text.hour),
    minute: parseInteger(text.minute),
  };
}

const MONTHS: readonly MessageKey[] = [
  "jalaliMonth.1",
  "jalaliMonth.2",
  "jalaliMonth.3",
  "jalaliMonth.4",
  "jalaliMonth.5",
  "jalaliMonth.6",
  "jalaliMonth.7",
  "jalaliMonth.8",
  "jalaliMonth.9",
  "jalaliMonth.10",
  "jalaliMonth.11",
  "jalaliMonth.12",
];

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function preview(text: DateTimeText, locale: Locale): string | null {
  const value = readDateTime(text);
  if (!isValidJalaliDateTime(value) || value.year < JALALI_INPUT_YEARS.min || value.year > JALALI_INPUT_YEARS.max) {
    return null;
  }
  return formatDateBoth(jalaliDateTimeToInstant(value), locale, { time: true });
}

interface GroupProps {
  t: Translator;
  locale: Locale;
  value: DateTimeText;
  errors: Partial<Record<DateTimePart, string>>;
  onChange: (part: DateTimePart, text: string) => void;
}

export function JalaliDateTimeFields(props: GroupProps) {
  return (
    <div className="date-time">
      <DateGroup {...props} />
      <TimeGroup {...props} />
    </div>
  );
}

function PartSelect({ part, options, value, errors, onChange }: GroupProps & { part: DateTimePart; options: Array<{ value: number; label: string }> }) {
  return (
    <select {...invalidProps(dateTimeFieldId(part), errors[part])} value={value[part]} onChange={(event) => onChange(part, event.target.value)}>
      {options.map((option) => (
        <option key={option.value} value={String(option.value)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

const numbers = (locale: Locale, from: number, to: number, digits = 1) =>
  range(from, to).map((n) => ({ value: n, label: formatInteger(n, locale, digits) }));

function DateGroup(props: GroupProps) {
  const { t, locale, value, errors, onChange } = props;
  const both = preview(value, locale);
  return (
    <fieldset className="date-time__group">
      <legend>{t("meetingForm.date")}</legend>
      <div className="date-time__fields">
        <div className="field field--narrow">
          <label htmlFor={dateTimeFieldId("day")}>{t("meetingForm.day")}</label>
          <PartSelect {...props} part="day" options={numbers(locale, 1, 31)} />
        </div>
        <div className="field">
          <label htmlFor={dateTimeFieldId("month")}>{t("meetingForm.month")}</label>
          <PartSelect {...props} part="month" options={MONTHS.map((key, index) => ({ value: index + 1, label: t(key) }))} />
        </div>
        <div className="field field--narrow">
          <label htmlFor={dateTimeFieldId("year")}>{t("meetingForm.year")}</label>
          <input
            {...invalidProps(dateTimeFieldId("year"), errors.year)}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={6}
            value={value.year}
            onChange={(event) => onChange("year", event.target.value)}
          />
        </div>
      </div>
      {(["day", "month", "year"] as const).map((part) => (
        <FieldError key={part} fieldId={dateTimeFieldId(part)} error={errors[part]} />
      ))}
      <p className="date-time__preview">
        <span id="meeting-date-preview-label">{t("meetingForm.datePreview")}</span>{" "}
        <output aria-labelledby="meeting-date-preview-label" aria-live="polite" suppressHydrationWarning>
          {both ?? t("meetingForm.datePreviewNone")}
        </output>
      </p>
    </fieldset>
  );
}

function TimeGroup(props: GroupProps) {
  const { t, locale, errors } = props;
  return (
    <fieldset className="date-time__group">
      <legend>{t("meetingForm.time")}</legend>
      <div className="date-time__fields date-time__clock" dir="ltr">
        <div className="field field--narrow" dir={direction(locale)}>
          <label htmlFor={dateTimeFieldId("hour")}>{t("meetingForm.hour")}</label>
          <PartSelect {...props} part="hour" options={numbers(locale, 0, 23, 2)} />
        </div>
        <span className="date-time__colon" aria-hidden="true">
          :
        </span>
        <div className="field field--narrow" dir={direction(locale)}>
          <label htmlFor={dateTimeFieldId("minute")}>{t("meetingForm.minute")}</label>
          <PartSelect {...props} part="minute" options={numbers(locale, 0, 59, 2)} />
        </div>
      </div>
      {(["hour", "minute"] as const).map((part) => (
        <FieldError key={part} fieldId={dateTimeFieldId(part)} error={errors[part]} />
      ))}
    </fieldset>
  );
}
