// The stored instant of a meeting's entered start: a Jalali date and Tehran time.
import { AppError } from "@/lib/app-error";
import { isValidJalaliDateTime, jalaliDateTimeToInstant, type JalaliDateTime } from "@/lib/jalali-date-time";

export function meetingInstant(startsAt: JalaliDateTime): Date {
  if (!isValidJalaliDateTime(startsAt)) {
    throw new AppError("invalid_input", "no such Jalali date", { "startsAt.day": "invalid.date.notInCalendar" });
  }
  return jalaliDateTimeToInstant(startsAt);
}
