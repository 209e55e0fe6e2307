// A moment in an API answer. The server builds it as a Date; the wire and the
// browser carry its ISO string. One schema serves both sides: its input type
// accepts the server's Date, its output type is the browser's string.
import { z } from "zod";

export const moment = z
  .union([z.date(), z.iso.datetime()])
  .transform((value) => (value instanceof Date ? value.toISOString() : value));

/** Someone named in an answer. */
export const person = z.object({ id: z.string(), name: z.string() });
export type Person = z.output<typeof person>;
