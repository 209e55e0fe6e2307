// The roles a user can hold in one meeting, and what each may do.
import { z } from "zod";

export const ROLES = ["organizer", "note-taker", "reviewer", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Organizers and note-takers write the minutes; everyone else reads them. */
export function canEditMinutes(role: Role): boolean {
  return role === "organizer" || role === "note-taker";
}
