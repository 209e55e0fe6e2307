// A meeting's date and time as entered: Jalali date, 24-hour Tehran time.
import { z } from "zod";
import { isValidJalaliDate } from "../jalali-calendar";
import { message } from "./fields";

const int = (min: number, max: number, key: Parameters<typeof message>[0]): z.ZodInt =>
  z.int(message(key)).min(min, message(key)).max(max, message(key));

export const JALALI_INPUT_YEARS = { min: 1300, max: 1500 } as const;

export const jalaliDateTimeSchema = z
  .object(
    {
      year: int(JALALI_INPUT_YEARS.min, JALALI_INPUT_YEARS.max, "invalid.date.year"),
      month: int(1, 12, "invalid.date.month"),
      day: int(1, 31, "invalid.date.day"),
      hour: int(0, 23, "invalid.time"),
      minute: int(0, 59, "invalid.time"),
    },
    message("invalid.value"),
  )
  .superRefine((value, ctx) => {
    if (!isValidJalaliDate(value)) ctx.addIssue({ code: "custom", path: ["day"], message: "invalid.date.notInCalendar" });
  });

export type JalaliDateTimeInput = z.input<typeof jalaliDateTimeSchema>;
