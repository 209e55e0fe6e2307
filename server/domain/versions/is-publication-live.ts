// Whether a published link's token is live: known and not revoked. Asked
// before the public page is rendered (proxy.ts), so that a dead link answers
// the plain 404 page, which needs no script, and nothing of the report. Kept
// light: the proxy bundles what this file imports.
import type { Db } from "@/server/db/client";

/** Tokens are base64url; anything else is not looked up. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export async function isPublicationLive(options: { db: Db; token: string }): Promise<boolean> {
  const { db, token } = options;
  if (!TOKEN_PATTERN.test(token)) return false;
  const publication = await db.publication.findUnique({ where: { token }, select: { revokedAt: true } });
  return publication !== null && publication.revokedAt === null;
}
