// A new meeting's session number, suggested: one past the highest its series
// has given (the series' sequence). It follows the series chosen until the
// organizer types a number of their own, which it then leaves alone.
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { MeetingFormValues } from "./meeting-form-model";

export interface SeriesOption {
  id: string;
  title: string;
  /** The series' next session number; null when none of its meetings is numbered. */
  nextSessionNumber?: number | null;
}

/** The number suggested for a meeting of `seriesId`, as the form shows it ("" for none). */
export function suggestedSessionNumber(series: readonly SeriesOption[], seriesId: string, locale: Locale): string {
  const next = series.find((option) => option.id === seriesId)?.nextSessionNumber;
  return next ? formatInteger(next, locale) : "";
}

/** The form's values after a change: a new series brings its suggestion, unless a number of one's own was typed. */
export function followSuggestion(series: readonly SeriesOption[], locale: Locale) {
  return (previous: MeetingFormValues, next: MeetingFormValues): MeetingFormValues => {
    if (next.seriesId === previous.seriesId) return next;
    const untouched = previous.sessionNumber === "" || previous.sessionNumber === suggestedSessionNumber(series, previous.seriesId, locale);
    return untouched ? { ...next, sessionNumber: suggestedSessionNumber(series, next.seriesId, locale) } : next;
  };
}
