// Two Kateb processes on one PostgreSQL, joined through Redis (issue #18), as
// `DATABASE_URL=postgres://… REDIS_URL=redis://… npm start` runs them on two
// ports: Ali's browser talks to the first, Maryam's to the second. They co-edit
// the sample meeting's minutes in Persian and English, see each other's text
// and named carets, and both find it all after a reload, each on their node.
import { createTestSchema, type TestSchema } from "../helpers/postgres-schema";
import { TEST_REDIS_URL } from "../helpers/test-redis";
import { openSampleMeeting, typeAndSeeEachOther } from "./co-editing-steps";
import { expect, test } from "./fixtures";
import { startKateb, type KatebProcess } from "./kateb-process";

let schema: TestSchema;
const nodes: KatebProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  schema = await createTestSchema();
  const cluster = { DATABASE_URL: schema.url, REDIS_URL: TEST_REDIS_URL, KATEB_SECRET: "cluster-e2e-secret-long-enough-0123456789" };
  // One after the other: the first applies the migrations and seeds the demo.
  nodes.push(await startKateb(cluster));
  nodes.push(await startKateb(cluster));
});

test.afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await schema.drop();
});

test("two note-takers on two nodes see each other's text and carets, and it is all there after a reload", async ({ browser }) => {
  const [first, second] = nodes;
  if (!first || !second) throw new Error("the two nodes did not start");
  const ali = await browser.newContext({ baseURL: first.url });
  const maryam = await browser.newContext({ baseURL: second.url });
  const pageA = await ali.newPage();
  const pageB = await maryam.newPage();
  await openSampleMeeting(pageA, "notetaker1@kateb.local");
  await openSampleMeeting(pageB, "notetaker2@kateb.local");

  const fromAli = "علی از گره نخست: گزارش بهزیستی درباره Social Emergency ۱۲۳";
  const fromMaryam = "Maryam on the second node: زنان سرپرست خانوار";
  await typeAndSeeEachOther(pageA, pageB, fromAli, fromMaryam);
  await pageB.screenshot({ path: "test-results/screenshots/cluster-co-editing-fa.png", fullPage: true });
  for (const page of [pageA, pageB]) {
    await page.reload();
    const editor = page.getByRole("textbox", { name: "متن صورت‌جلسه" });
    await expect(editor).toContainText(fromAli);
    await expect(editor).toContainText(fromMaryam);
  }
  await ali.close();
  await maryam.close();
});
