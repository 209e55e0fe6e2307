// A meeting's place in its series as the report's header cites it: the
// session number (a positive whole number, unique within the series), and
// the letter number and day of the letter the minutes go out under.
import { z } from "zod";
import { parseJalaliDue } from "../editor/due-date";
import { message, textSchema } from "./fields";

/** Far beyond any series' sessions; keeps the number within every engine's integer. */
export const MAX_SESSION_NUMBER = 100_000;

export const sessionNumberSchema = z
  .int(message("invalid.sessionNumber"))
  .min(1, message("invalid.sessionNumber"))
  .max(MAX_SESSION_NUMBER, message("invalid.sessionNumber"));

export const letterNumberSchema = textSchema({ max: 100, tooLongKey: "invalid.letterNumber.tooLong" });

/** A Jalali day as typed ("1404/09/25", Persian digits too) to a Gregorian ISO
 * day; "" for none (null). */
export const letterDateSchema = z.string(message("invalid.letterDate")).transform((value, ctx) => {
  const entry = parseJalaliDue(value);
  if (entry.ok) return entry.due;
  ctx.addIssue({ code: "custom", message: "invalid.letterDate" });
  return z.NEVER;
});
