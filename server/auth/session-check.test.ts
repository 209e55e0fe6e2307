// A session cookie stands while its account is active, its session version is
// the account's, and it began less than the absolute lifetime ago.
import { describe, expect, it } from "vitest";
import { createUser } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { ABSOLUTE_SESSION_SECONDS, forgetSessionAccount, sessionAccount } from "./session-check";

const t = testDbForFile();

describe("sessionAccount", () => {
  it("ends a session the absolute lifetime after sign-in, however active", async () => {
    const user = await createUser(t.db);
    const now = 2_000_000_000;
    const signedIn = now - ABSOLUTE_SESSION_SECONDS + 60;
    expect(await sessionAccount(t.db, { sub: user.id, sv: 0, authTime: signedIn }, now)).not.toBeNull();
    expect(await sessionAccount(t.db, { sub: user.id, sv: 0, authTime: signedIn }, now + 61)).toBeNull();
  });

  it("ends a session of an older version, or of a deactivated account, or one without what it needs", async () => {
    const user = await createUser(t.db);
    const now = Math.floor(Date.now() / 1000);
    expect(await sessionAccount(t.db, { sub: user.id, sv: 0, authTime: now }, now)).not.toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    forgetSessionAccount(user.id);
    expect(await sessionAccount(t.db, { sub: user.id, sv: 0, authTime: now }, now)).toBeNull();
    expect(await sessionAccount(t.db, { sub: user.id, sv: 1, authTime: now }, now)).not.toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    forgetSessionAccount(user.id);
    expect(await sessionAccount(t.db, { sub: user.id, sv: 1, authTime: now }, now)).toBeNull();
    // A cookie from before session versions existed names none: it has ended.
    expect(await sessionAccount(t.db, { sub: user.id, authTime: now }, now)).toBeNull();
  });
});
