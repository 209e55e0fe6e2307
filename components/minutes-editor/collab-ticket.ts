// Asks the server for a short-lived ticket to the minutes of one meeting: its
// token opens one connection.
import { z } from "zod";
import { roleSchema } from "@/lib/roles";

const ticketSchema = z.object({
  token: z.string().min(1),
  docName: z.string().min(1),
  expiresAt: z.number().int(),
  /** Whose ticket it is: the edits this browser keeps offline are kept per user. */
  userId: z.string().min(1),
  role: roleSchema,
  canEdit: z.boolean(),
  locked: z.boolean(),
  /** The newest version of the minutes, null before the first lock. */
  version: z.number().int().positive().nullable(),
});

export type CollabTicket = z.infer<typeof ticketSchema>;

/** The server refused a ticket: 401 when the sign-in ended, 404 when the user
 * is not (or no longer) a member of the meeting. */
export class TicketRefused extends Error {
  constructor(readonly status: number) {
    super(`collaboration ticket refused with HTTP ${status}`);
    this.name = "TicketRefused";
  }
}

export async function fetchCollabTicket(meetingId: string, signal?: AbortSignal): Promise<CollabTicket> {
  const response = await fetch("/api/collab-token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ meetingId }),
    credentials: "same-origin",
    cache: "no-store",
    signal,
  });
  if (!response.ok) throw new TicketRefused(response.status);
  return ticketSchema.parse(await response.json());
}
