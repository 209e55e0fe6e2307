// Two note-takers type at the same caret at the same moment, at a person's
// pace (60–250 ms a key), in Persian and English: at a paragraph's end, at its
// start, in the middle of a word, and in a Q&A answer. Each person's sentence
// must come out whole and in their typing order, in both browsers, and the two
// documents must be the same.
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, signIn, test, type Page } from "./fixtures";
import { createMeeting } from "./new-meeting";
import { blockText, composeAtHumanPace, EDITOR_LABEL, minutesText, placeCaret, seededRandom, typeAtHumanPace, type CaretSpot } from "./typing-together";

// Six trials each in \`npm test\` (the composition test's alternation gives
// each id order three); KATEB_TYPING_TRIALS=30 for a long run.
const TRIALS = Number(process.env.KATEB_TYPING_TRIALS ?? 6);
const SEED = Number(process.env.KATEB_TYPING_SEED ?? 20261203);

const SENTENCES = {
  ali: { fa: (n: number) => `علی ${n} آهسته می‌نویسد.`, en: (n: number) => `Ali ${n} types slowly.` },
  maryam: { fa: (n: number) => `مریم ${n} تند می‌نویسد.`, en: (n: number) => `Maryam ${n} types fast.` },
};
/** Which language each person types in, trial by trial. */
const LANGUAGES = [
  ["fa", "fa"],
  ["en", "en"],
  ["fa", "en"],
  ["en", "fa"],
] as const;

test.describe.configure({ timeout: 180_000 });

interface Pair {
  ali: Page;
  maryam: Page;
  contexts: BrowserContext[];
}

async function openPair(browser: Browser, baseURL: string | undefined): Promise<Pair> {
  const meetingId = await createMeeting(browser, baseURL, "نشست آزمون تایپ هم‌زمان", ["notetaker1@kateb.local", "notetaker2@kateb.local"]);
  const contexts = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
  const [ali, maryam] = await Promise.all(contexts.map((context) => context.newPage()));
  if (!ali || !maryam) throw new Error("no pages");
  for (const [page, email] of [
    [ali, "notetaker1@kateb.local"],
    [maryam, "notetaker2@kateb.local"],
  ] as const) {
    await signIn(page, email);
    await page.goto(`/meetings/${meetingId}`);
    await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
    await expect(page.getByRole("textbox", { name: EDITOR_LABEL })).toHaveAttribute("contenteditable", "true");
  }
  return { ali, maryam, contexts };
}

/** Ali starts a new paragraph at the end of the Q&A section holding `seed`; Maryam waits to see it. */
async function newParagraph(pair: Pair, seed: string): Promise<void> {
  const { ali, maryam } = pair;
  await ali.evaluate((label) => {
    const root = document.querySelector<HTMLElement>(`[role="textbox"][aria-label="${label}"]`);
    const paragraphs = root?.querySelectorAll("section[data-kind='qa'] > p");
    const last = paragraphs?.[paragraphs.length - 1];
    if (!root || !last) throw new Error("no paragraph in the Q&A section");
    root.focus();
    window.getSelection()?.selectAllChildren(last);
    window.getSelection()?.collapseToEnd();
  }, EDITOR_LABEL);
  await ali.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await ali.keyboard.press("Enter");
  await ali.keyboard.insertText(seed);
  await expect.poll(() => blockText(maryam, seed)).toBe(seed);
}

/** Both put their caret at `spot` of the block holding `marker`, then type their sentences at once. */
async function typeTogether(pair: Pair, trial: number, marker: string, spot: CaretSpot, composer: "ali" | "maryam" | null = null): Promise<{ ali: string; maryam: string }> {
  const [aliLanguage, maryamLanguage] = LANGUAGES[trial % LANGUAGES.length] ?? ["fa", "fa"];
  const sentences = { ali: SENTENCES.ali[aliLanguage](trial), maryam: SENTENCES.maryam[maryamLanguage](trial) };
  await placeCaret(pair.ali, marker, spot);
  await placeCaret(pair.maryam, marker, spot);
  await Promise.all([
    (composer === "ali" ? composeAtHumanPace : typeAtHumanPace)(pair.ali, sentences.ali, seededRandom(SEED + trial)),
    (composer === "maryam" ? composeAtHumanPace : typeAtHumanPace)(pair.maryam, sentences.maryam, seededRandom(SEED * 7 + trial)),
  ]);
  return sentences;
}

/** Waits until both browsers show the same block with everything saved, then checks each sentence came out whole. */
async function expectBothWhole(pair: Pair, marker: string, sentences: { ali: string; maryam: string }, label: string): Promise<string> {
  const settled = async (): Promise<boolean> => {
    const [a, b] = [await blockText(pair.ali, marker), await blockText(pair.maryam, marker)];
    if (a === null || a !== b) return false;
    for (const page of [pair.ali, pair.maryam]) {
      const status = await page.getByRole("status", { name: "وضعیت اتصال" }).textContent();
      if (!status?.includes("همهٔ تغییرات ذخیره شد")) return false;
    }
    return true;
  };
  await expect.poll(settled, { message: `${label}: both browsers show the same text, saved` }).toBe(true);
  const text = (await blockText(pair.ali, marker)) ?? "";
  expect(text, `${label}: Ali's sentence whole and in order`).toContain(sentences.ali);
  expect(text, `${label}: Maryam's sentence whole and in order`).toContain(sentences.maryam);
  expect(await minutesText(pair.ali), `${label}: the two documents are the same`).toBe(await minutesText(pair.maryam));
  return text;
}

const PARAGRAPH_SPOTS: Array<{ name: string; spot: CaretSpot }> = [
  { name: "at the end of a paragraph", spot: { at: "end" } },
  { name: "at the start of a paragraph", spot: { at: "start" } },
  { name: "in the middle of a word", spot: { at: "after", text: "واژه‌" } },
];

for (const { name, spot } of PARAGRAPH_SPOTS) {
  test(`two note-takers typing at the same caret ${name} keep each sentence whole (${TRIALS} trials)`, async ({ browser, baseURL }) => {
    const pair = await openPair(browser, baseURL);
    for (let trial = 1; trial <= TRIALS; trial++) {
      const marker = `«آزمون ${trial}»`;
      const seed = `${marker} یک واژه‌نامه word`;
      await newParagraph(pair, seed);
      const sentences = await typeTogether(pair, trial, marker, spot);
      const text = await expectBothWhole(pair, marker, sentences, `trial ${trial} (seed ${SEED})`);
      // Nothing else in the paragraph changed: without the two sentences, the seed is left.
      expect(text.replace(sentences.ali, "").replace(sentences.maryam, ""), `trial ${trial}: the rest of the paragraph`).toBe(seed);
    }
    if (spot.at === "end") await pair.ali.screenshot({ path: "test-results/screenshots/concurrent-typing.png", fullPage: true });
    for (const context of pair.contexts) await context.close();
  });
}

test(`two note-takers typing at the same caret in a Q&A answer keep each sentence whole (${TRIALS} trials)`, async ({ browser, baseURL }) => {
  const pair = await openPair(browser, baseURL);
  const question = "«پرسش آزمون» برنامهٔ بهزیستی برای طلاب داوطلب چیست؟";
  await newParagraph(pair, "«بند پیش از پرسش»");
  await pair.ali.getByRole("toolbar", { name: "درج بلوک‌ها" }).getByRole("button", { name: "افزودن پرسش و پاسخ" }).click();
  await pair.ali.keyboard.insertText(question);
  await pair.ali.keyboard.press("Enter");
  const answerMarker = "«پاسخ آزمون»";
  await pair.ali.keyboard.insertText(answerMarker);
  await expect.poll(() => blockText(pair.maryam, answerMarker)).toBe(answerMarker);
  let expected = answerMarker;
  for (let trial = 1; trial <= TRIALS; trial++) {
    const sentences = await typeTogether(pair, trial, answerMarker, { at: "end" });
    const text = await expectBothWhole(pair, answerMarker, sentences, `Q&A trial ${trial} (seed ${SEED})`);
    expect(text.replace(sentences.ali, "").replace(sentences.maryam, ""), `Q&A trial ${trial}: the rest of the answer`).toBe(expected);
    expected = text;
  }
  for (const context of pair.contexts) await context.close();
});

// A composition breaks when a remote change rewrites the text node it is in:
// the browser commits the half-composed word and starts again ("A", "Al",
// "Ali"). Which of two characters typed at one spot at the same moment comes
// first depends on the two browsers' Yjs client ids, so the two take turns
// composing: whichever order the ids give, half the trials put the other's
// characters before the composed word.
test(`one note-taker composing (as an input method does) and one typing at the same caret keep each sentence whole (${TRIALS} trials)`, async ({ browser, baseURL }) => {
  const pair = await openPair(browser, baseURL);
  for (let trial = 1; trial <= TRIALS; trial++) {
    const marker = `«ترکیب ${trial}»`;
    const seed = `${marker} بند`;
    await newParagraph(pair, seed);
    const sentences = await typeTogether(pair, trial, marker, { at: "end" }, trial % 2 === 1 ? "ali" : "maryam");
    const text = await expectBothWhole(pair, marker, sentences, `composition trial ${trial} (seed ${SEED})`);
    expect(text.replace(sentences.ali, "").replace(sentences.maryam, ""), `composition trial ${trial}: the rest of the paragraph`).toBe(seed);
  }
  for (const context of pair.contexts) await context.close();
});
