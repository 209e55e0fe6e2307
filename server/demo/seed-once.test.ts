// Two processes starting together on one empty database (two nodes of a
// cluster): the demo is seeded once, and neither start fails.
import { describe, expect, it } from "vitest";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { DEMO_USERS } from "../accounts/demo-accounts";
import { seedDemo } from "./seed";

const t = testDbForFile();

describe("seedDemo", () => {
  it("seeds once when two starts run it at the same time; the other finds the accounts and does nothing", async () => {
    const results = await Promise.all([seedDemo(t.db), seedDemo(t.db)]);
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await t.db.user.count()).toBe(DEMO_USERS.length);
    // The sample meeting and its earlier session, once.
    expect(await t.db.meeting.count()).toBe(2);
    expect(await t.db.series.count()).toBe(1);
  });
});
