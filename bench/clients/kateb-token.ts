// A new token for one connection to Kateb, signed as /api/collab-token signs
// them: the benchmark's clients sign one for each connection they open.
import { signCollabToken } from "@/server/auth/collab-token";

const TOKEN_TTL_S = 60;

export function katebToken(secret: string, userId: string, docName: string): string {
  return signCollabToken(secret, { userId, docName, expiresAt: Math.floor(Date.now() / 1000) + TOKEN_TTL_S });
}
