// The one-time code of the first start without accounts: printed once in the
// log as a setup link, it lets whoever holds it create the first
// administrator. Kept in memory only: a restart before it is used prints a new
// one, and the old one stops working.
import { randomBytes, timingSafeEqual } from "node:crypto";

export class SetupCode {
  private code: string | null = randomBytes(24).toString("base64url");

  /** The code, for the log; null once used. */
  get value(): string | null {
    return this.code;
  }

  matches(candidate: string): boolean {
    if (this.code === null) return false;
    const given = Buffer.from(candidate);
    const expected = Buffer.from(this.code);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Spends the code: it never works again. */
  spend(): void {
    this.code = null;
  }
}
