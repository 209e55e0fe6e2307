// Password hashes (bcrypt). An account without a usable hash (invited, not yet
// accepted) and an unknown address cost the same time as a real comparison.
import bcrypt from "bcryptjs";

const COST = 10;

let dummyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash || !hash.startsWith("$2")) {
    dummyHash ??= bcrypt.hash("no account has this password", COST);
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
