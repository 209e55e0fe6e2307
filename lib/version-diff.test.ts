import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { heading, paragraph } from "./editor/initial-minutes";
import { compareVersions } from "./version-diff";

const inline = (text: string): JSONContent[] => (text ? [{ type: "text", text }] : []);

const section = (id: string, kind: string, title: string, body: JSONContent[]): JSONContent => ({
  type: "section",
  attrs: { id, kind, topicId: null },
  content: [heading(2, title), ...body],
});

const qaItem = (id: string, question: string, answer: string, deferred = false): JSONContent => ({
  type: "qaItem",
  attrs: { id, askedBy: "دکتر فاطمه نوری", answeredBy: "دکتر حبیب‌الله مسعودی فرید", deferred },
  content: [
    { type: "qaQuestion", content: inline(question) },
    { type: "qaAnswer", content: inline(answer) },
  ],
});

const proposal = (id: string, categoryId: string, text: string): JSONContent => ({
  type: "proposal",
  attrs: { id, categoryId },
  content: inline(text),
});

const followUp = (id: string, attrs: { responsibleBody?: string; due?: string | null; status?: string } = {}): JSONContent => ({
  type: "followUp",
  attrs: { id, responsibleBody: "دبیرخانهٔ دفتر کمیسیون در قم", due: "2019-12-16", status: "open", ...attrs },
  content: inline("ارسال گزارش مفصل جلسه به سازمان بهزیستی"),
});

interface Parts {
  answer?: string;
  deferred?: boolean;
  proposals?: JSONContent[];
  followUp?: JSONContent;
  topic?: string;
}

function minutes(parts: Parts = {}): JSONContent {
  return {
    type: "doc",
    content: [
      section("topic1", "topic", "کودکان و نوجوانان", [
        paragraph(parts.topic ?? "مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان و نوجوانان را مرور کرد."),
      ]),
      section("qa", "qa", "پرسش و پاسخ", [
        qaItem("q1", "حوزهٔ علمیه چگونه می‌تواند کمک کند؟", "بر ظرفیت مساجد تأکید شد."),
        qaItem("q2", "سهم خیرین چه بوده است؟", parts.answer ?? "", parts.deferred ?? true),
      ]),
      section(
        "proposals",
        "proposals",
        "پیشنهادها",
        parts.proposals ?? [
          proposal("p1", "structures", "ایجاد ساختاری مشترک میان حوزه و بهزیستی."),
          proposal("p2", "synergy", "هم‌افزایی بین نهادهای ذی‌ربط."),
          proposal("p3", "funding", "پیش‌بینی منابع اعتباری پایدار."),
        ],
      ),
      section("followUps", "followUps", "پیگیری‌ها", [parts.followUp ?? followUp("f1")]),
    ],
  };
}

describe("comparing two versions of the minutes", () => {
  it("finds no change between identical documents", () => {
    const result = compareVersions(minutes(), minutes());
    expect(result.changes).toEqual([]);
    expect(result.blocks.every((block) => block.status === "unchanged" && !block.moved)).toBe(true);
    expect(result.blocks.map((block) => block.key)).toContain("qaItem:q2");
  });

  it("names one changed answer, and shows that answer and nothing else as changed text", () => {
    const before = minutes({ answer: "پاسخ به جلسهٔ بعد موکول شد.", deferred: false });
    const after = minutes({ answer: "پاسخ در جلسهٔ بعد داده شد.", deferred: false });
    const result = compareVersions(before, after);
    expect(result.changes).toEqual([
      { kind: "qaAnswerChanged", blockId: "q2", before: "پاسخ به جلسهٔ بعد موکول شد.", after: "پاسخ در جلسهٔ بعد داده شد." },
    ]);
    const changed = result.blocks.filter((block) => block.status !== "unchanged");
    expect(changed.map((block) => block.key)).toEqual(["qaItem:q2"]);
    const fields = changed[0]?.fields.filter((field) => field.changed);
    expect(fields?.map((field) => field.field)).toEqual(["answer"]);
    expect(fields?.[0]?.segments).toEqual([
      { op: "equal", text: "پاسخ " },
      { op: "delete", text: "به" },
      { op: "insert", text: "در" },
      { op: "equal", text: " جلسهٔ بعد " },
      { op: "delete", text: "موکول" },
      { op: "insert", text: "داده" },
      { op: "equal", text: " شد." },
    ]);
  });

  it("reports a moved proposal as moved, not as removed and added text", () => {
    const p1 = proposal("p1", "structures", "ایجاد ساختاری مشترک میان حوزه و بهزیستی.");
    const p2 = proposal("p2", "synergy", "هم‌افزایی بین نهادهای ذی‌ربط.");
    const p3 = proposal("p3", "funding", "پیش‌بینی منابع اعتباری پایدار.");
    const result = compareVersions(minutes({ proposals: [p1, p2, p3] }), minutes({ proposals: [p3, p1, p2] }));
    expect(result.changes).toEqual([{ kind: "blockMoved", blockId: "p3", blockType: "proposal" }]);
    expect(result.blocks.filter((block) => block.status !== "unchanged")).toEqual([]);
    expect(result.blocks.flatMap((block) => block.fields).every((field) => !field.changed)).toBe(true);
  });

  it("names a proposal's new category with the old and new category ids", () => {
    const result = compareVersions(
      minutes(),
      minutes({
        proposals: [
          proposal("p1", "structures", "ایجاد ساختاری مشترک میان حوزه و بهزیستی."),
          proposal("p2", "research", "هم‌افزایی بین نهادهای ذی‌ربط."),
          proposal("p3", "funding", "پیش‌بینی منابع اعتباری پایدار."),
        ],
      }),
    );
    expect(result.changes).toEqual([{ kind: "proposalCategoryChanged", blockId: "p2", before: "synergy", after: "research" }]);
  });

  it("takes a word older minutes hold and the tracker's status it stood for as one status", () => {
    // minutes() holds "open", as minutes did before their statuses were the tracker's.
    expect(compareVersions(minutes(), minutes({ followUp: followUp("f1", { status: "routed" }) })).changes).toEqual([]);
    expect(compareVersions(minutes(), minutes({ followUp: followUp("f1", { status: "acknowledged" }) })).changes).toEqual([
      { kind: "followUpStatusChanged", blockId: "f1", before: "routed", after: "acknowledged" },
    ]);
  });

  it("names a follow-up's changed status, due date and responsible body", () => {
    const result = compareVersions(
      minutes(),
      minutes({ followUp: followUp("f1", { status: "done", due: "2020-01-20", responsibleBody: "معاونت امور فرهنگی" }) }),
    );
    expect(result.changes).toEqual([
      { kind: "followUpStatusChanged", blockId: "f1", before: "routed", after: "answered" },
      { kind: "followUpDueChanged", blockId: "f1", before: "2019-12-16", after: "2020-01-20" },
      { kind: "followUpResponsibleBodyChanged", blockId: "f1", before: "دبیرخانهٔ دفتر کمیسیون در قم", after: "معاونت امور فرهنگی" },
    ]);
    const row = result.blocks.find((block) => block.key === "followUp:f1");
    expect(row?.fields.find((field) => field.field === "responsibleBody")?.changed).toBe(true);
    expect(row?.fields.find((field) => field.field === "text")?.changed).toBe(false);
  });

  it("names an added and a removed block where they are, and a deferred answer given", () => {
    const p1 = proposal("p1", "structures", "ایجاد ساختاری مشترک میان حوزه و بهزیستی.");
    const p2 = proposal("p2", "synergy", "هم‌افزایی بین نهادهای ذی‌ربط.");
    const p4 = proposal("p4", "training", "دوره‌های آموزشی برای طلاب.");
    const result = compareVersions(
      minutes(),
      minutes({ proposals: [p1, p4, p2], answer: "حدود یک‌سوم هزینه‌ها.", deferred: false }),
    );
    expect(result.changes).toEqual([
      { kind: "qaAnswerChanged", blockId: "q2", before: "", after: "حدود یک‌سوم هزینه‌ها." },
      { kind: "qaDeferredChanged", blockId: "q2", before: true, after: false },
      { kind: "blockAdded", blockId: "p4", blockType: "proposal", text: "دوره‌های آموزشی برای طلاب." },
      { kind: "blockRemoved", blockId: "p3", blockType: "proposal", text: "پیش‌بینی منابع اعتباری پایدار." },
    ]);
    const keys = result.blocks.map((block) => `${block.key}:${block.status}`);
    expect(keys.slice(keys.indexOf("proposal:p1:unchanged"), keys.indexOf("section:followUps:unchanged"))).toEqual([
      "proposal:p1:unchanged",
      "proposal:p4:added",
      "proposal:p2:unchanged",
      "proposal:p3:removed",
    ]);
    const removed = result.blocks.find((block) => block.key === "proposal:p3");
    expect(removed?.fields[0]?.segments).toEqual([{ op: "delete", text: "پیش‌بینی منابع اعتباری پایدار." }]);
  });

  it("diffs a section's own text word by word, apart from the blocks inside it", () => {
    const result = compareVersions(
      minutes(),
      minutes({ topic: "مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان را با آمار مرور کرد." }),
    );
    expect(result.changes).toEqual([]);
    const topic = result.blocks.find((block) => block.key === "section:topic1");
    expect(topic?.status).toBe("changed");
    const text = topic?.fields.find((field) => field.field === "text");
    const side = (skip: string): string =>
      (text?.segments ?? []).filter((segment) => segment.op !== skip).map((segment) => segment.text).join("");
    expect(side("insert")).toBe("مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان و نوجوانان را مرور کرد.");
    expect(side("delete")).toBe("مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان را با آمار مرور کرد.");
    expect(text?.segments[0]).toEqual({ op: "equal", text: "مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان " });
    expect(result.blocks.filter((block) => block.status !== "unchanged").map((block) => block.key)).toEqual(["section:topic1"]);
  });

  it("pairs blocks without ids by their order", () => {
    const before: JSONContent = { type: "doc", content: [paragraph("نخست"), paragraph("دوم")] };
    const after: JSONContent = { type: "doc", content: [paragraph("نخست"), paragraph("دومین"), paragraph("سوم")] };
    const result = compareVersions(before, after);
    expect(result.blocks.map((block) => [block.key, block.status])).toEqual([
      ["doc/0", "unchanged"],
      ["doc/1", "changed"],
      ["doc/2", "added"],
    ]);
    expect(result.changes).toEqual([{ kind: "blockAdded", blockId: null, blockType: "paragraph", text: "سوم" }]);
  });
});
