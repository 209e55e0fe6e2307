// Decides at the HTTP upgrade who is connecting to which document, before any
// document is loaded. A token opens one connection: a second upgrade with it
// is refused like a forged one.
import type { IncomingMessage } from "node:http";
import { canEditMinutes } from "@/lib/roles";
import { verifyCollabToken } from "@/server/auth/collab-token";
import type { TicketUses } from "@/server/auth/ticket-uses";
import type { DocumentAccess } from "@/server/domain/access/get-document-access";
import type { ConnectionIdentity } from "./connection";

export const COLLAB_PATH = "/collab/";

export type Admission =
  | { ok: true; docName: string; identity: ConnectionIdentity }
  | { ok: false; status: 400 | 401 | 404 };

export async function authenticateUpgrade(
  request: IncomingMessage,
  secret: string,
  ticketUses: TicketUses,
  resolveAccess: (userId: string, docName: string) => Promise<DocumentAccess | null>,
): Promise<Admission> {
  const url = new URL(request.url ?? "/", "http://localhost");
  let docName: string;
  try {
    docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
  } catch {
    return { ok: false, status: 400 };
  }
  const claims = verifyCollabToken(secret, url.searchParams.get("token") ?? "");
  if (!claims || claims.docName !== docName) return { ok: false, status: 401 };
  if (!(await ticketUses.claim(claims.id, claims.expiresAt))) return { ok: false, status: 401 };
  const access = await resolveAccess(claims.userId, docName);
  if (!access) return { ok: false, status: 404 };
  return {
    ok: true,
    docName,
    identity: {
      userId: access.user.id,
      name: access.user.name,
      color: access.user.color,
      role: access.role,
      canEdit: canEditMinutes(access.role) && !access.locked,
      locked: access.locked,
      wantsAck: url.searchParams.get("ack") === "1",
    },
  };
}
