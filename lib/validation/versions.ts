// What the organizer sends to lock the minutes and to publish a version.
import { z } from "zod";
import { message, textSchema } from "./fields";

export const lockMinutesSchema = z.object(
  {
    note: textSchema({ max: 1000, tooLongKey: "invalid.note.tooLong" }).default(""),
    /** The carried changes the organizer accepts, by key (GET …/lock lists them). */
    accept: z
      .array(z.string(message("invalid.value")).regex(/^[0-9a-f]{32}$/, message("invalid.value")), message("invalid.value"))
      .max(2000, message("invalid.value"))
      .default([]),
  },
  message("invalid.value"),
);

export const publishVersionSchema = z.object(
  {
    versionNumber: z
      .number(message("invalid.versionNumber"))
      .int(message("invalid.versionNumber"))
      .positive(message("invalid.versionNumber"))
      .max(1_000_000_000, message("invalid.versionNumber")),
    /** Let search engines index the page (the default is "noindex"). */
    indexable: z.boolean(message("invalid.value")).default(false),
  },
  message("invalid.value"),
);

export type LockMinutesInput = z.input<typeof lockMinutesSchema>;
export type PublishVersionInput = z.input<typeof publishVersionSchema>;
