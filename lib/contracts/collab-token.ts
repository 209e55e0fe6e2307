// What POST /api/collab-token answers: a ticket to one meeting's minutes (its
// token opens one connection) with what the editor needs to know as it opens.
import { z } from "zod";
import { roleSchema } from "../roles";

export const collabTicket = z.object({
  token: z.string().min(1),
  docName: z.string().min(1),
  /** Seconds since the epoch. */
  expiresAt: z.number().int(),
  /** Whose ticket it is: the edits this browser keeps offline are kept per user. */
  userId: z.string().min(1),
  role: roleSchema,
  canEdit: z.boolean(),
  locked: z.boolean(),
  /** The newest version of the minutes, null before the first lock. */
  version: z.number().int().positive().nullable(),
});

export type CollabTicket = z.output<typeof collabTicket>;
