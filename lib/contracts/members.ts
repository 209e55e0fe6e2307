// What the member routes answer (and the meeting's answer holds): the
// meeting's members with their roles, organizers first.
import { z } from "zod";
import { roleSchema } from "../roles";

export const member = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
});

/** POST, PATCH and DELETE on the members: the whole list after the change. */
export const memberList = z.object({ members: z.array(member) });

export type Member = z.output<typeof member>;
