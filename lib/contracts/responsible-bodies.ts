// What the routes of a series' responsible bodies answer (GET, POST
// /api/series/:id/tracker/bodies and POST …/bodies/merge).
import { z } from "zod";

export const responsibleBody = z.object({
  id: z.string(),
  name: z.string(),
  contact: z.string(),
  /** Other spellings merged into it. */
  aliases: z.array(z.string()),
  /** How many tracked items name it. */
  items: z.number(),
});

/** The series' list (GET, and the merge's answer). */
export const responsibleBodyList = z.object({ bodies: z.array(responsibleBody) });

export type ResponsibleBody = z.output<typeof responsibleBody>;
