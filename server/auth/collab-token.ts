// Short-lived signed tokens that admit one user to one collaborative document,
// once: each carries a random id, and the upgrade accepts an id only the first
// time (server/auth/ticket-uses.ts). Issued by an authenticated route handler,
// checked at the WebSocket upgrade.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { collabTicket } from "@/lib/contracts/collab-token";

const payloadSchema = z.object({
  u: z.string().min(1),
  d: z.string().min(1),
  e: z.number().int(),
  n: z.string().min(16).max(64),
});

export interface CollabTokenClaims {
  userId: string;
  docName: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
  /** This token's own random id: a token opens one connection. */
  id: string;
}

/** 128 random bits, base64url. */
function newTokenId(): string {
  return randomBytes(16).toString("base64url");
}

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(`collab.${body}`).digest("base64url");
}

/** Signs `claims`, with a fresh random id unless one is given. */
export function signCollabToken(secret: string, claims: Omit<CollabTokenClaims, "id"> & { id?: string }): string {
  const body = Buffer.from(
    JSON.stringify({ u: claims.userId, d: claims.docName, e: claims.expiresAt, n: claims.id ?? newTokenId() }),
  ).toString("base64url");
  return `${body}.${sign(secret, body)}`;
}

/** The claims of a validly signed, unexpired token, or null. Whether it was
 * used already is the upgrade's question (TicketUses). */
export function verifyCollabToken(
  secret: string,
  token: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): CollabTokenClaims | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.e <= nowSeconds) return null;
  return { userId: parsed.data.u, docName: parsed.data.d, expiresAt: parsed.data.e, id: parsed.data.n };
}

/** The signed part of the ticket /api/collab-token answers (lib/contracts/collab-token). */
export type CollabTicket = Pick<z.input<typeof collabTicket>, "token" | "docName" | "expiresAt">;

/** A token for `userId` on `docName`, valid for one connection opened within
 * `ttlSeconds`. The caller has checked that the user may open the document. */
export function issueCollabTicket(options: {
  secret: string;
  ttlSeconds: number;
  userId: string;
  docName: string;
}): CollabTicket {
  const expiresAt = Math.floor(Date.now() / 1000) + options.ttlSeconds;
  const token = signCollabToken(options.secret, { userId: options.userId, docName: options.docName, expiresAt });
  return { token, docName: options.docName, expiresAt };
}
