// People are listed by name in the Persian alphabet's order (ب, پ, ت, …), the
// same on either engine: a database's own order is its collation's (SQLite:
// code points, where پ U+067E and ژ U+0698 come after every Arabic letter;
// PostgreSQL: whatever the database was created with).
import { beforeAll, describe, expect, it } from "vitest";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createUser } from "@/tests/helpers/factories";
import { listAccounts } from "./manage-accounts";
import { searchDirectory } from "./search-directory";

const t = testDbForFile();
let admin: { id: string };
/** Persian alphabet order; each name holds "ز" for the directory search. */
const NAMES = ["بیژن زمانی", "پروین زارع", "تقی زرین", "ژاله زند", "سیروس زاهدی"];

beforeAll(async () => {
  admin = await createUser(t.db, "مدیر");
  await t.db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  // Created in an order that is neither the alphabet's nor the code points'.
  for (const name of ["سیروس زاهدی", "ژاله زند", "تقی زرین", "پروین زارع", "بیژن زمانی"]) await createUser(t.db, name);
  const deactivated = await createUser(t.db, "آرش زیبا");
  await t.db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
});

describe("lists of people", () => {
  it("the administrators' list of accounts: active ones in the alphabet's order, then deactivated ones", async () => {
    const names = (await listAccounts(t.db, admin.id)).map((row) => row.name);
    expect(names).toEqual(["بیژن زمانی", "پروین زارع", "تقی زرین", "ژاله زند", "سیروس زاهدی", "مدیر", "آرش زیبا"]);
  });

  it("the directory's matches, in the alphabet's order", async () => {
    expect((await searchDirectory(t.db, admin.id, "ز")).map((entry) => entry.name)).toEqual(NAMES);
  });
});
