// Asks the server for a short-lived ticket to the minutes of one meeting: its
// token opens one connection.
import { collabTicket, type CollabTicket } from "@/lib/contracts/collab-token";

export type { CollabTicket } from "@/lib/contracts/collab-token";

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
  return collabTicket.parse(await response.json());
}
