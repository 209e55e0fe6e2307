// For tests: a report input around minutes given as ProseMirror JSON, with a
// small meeting whose every field can be replaced.
import type { JSONContent } from "@tiptap/core";
import { readMinutes } from "@/lib/editor/read-minutes";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportInput } from "./report-types";

export const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

export const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });

export function section(id: string, kind: string, title: string, body: JSONContent[]): JSONContent {
  return { type: "section", attrs: { id, kind, topicId: null }, content: [{ type: "heading", attrs: { level: 2 }, content: title ? [text(title)] : [] }, ...body] };
}

export function qaItem(id: string, attrs: { askedBy?: string; answeredBy?: string; deferred?: boolean }, question: string, answer: string): JSONContent {
  return {
    type: "qaItem",
    attrs: { id, askedBy: "", answeredBy: "", deferred: false, ...attrs },
    content: [
      { type: "qaQuestion", content: question ? [text(question)] : [] },
      { type: "qaAnswer", content: answer ? [text(answer)] : [] },
    ],
  };
}

export const proposal = (id: string, categoryId: string | null, value: string): JSONContent => ({
  type: "proposal",
  attrs: { id, categoryId },
  content: [text(value)],
});

export const followUp = (id: string, attrs: { responsibleBody?: string; due?: string | null; status?: string }, value: string): JSONContent => ({
  type: "followUp",
  attrs: { id, responsibleBody: "", due: null, status: "routed", ...attrs },
  content: [text(value)],
});

export function reportInput(doc: JSONContent, locale: Locale = "fa", overrides: Partial<Omit<ReportInput, "reading" | "locale">> = {}): ReportInput {
  return {
    locale,
    series: "جلسات گفت‌وگوی ماهانه",
    meeting: {
      title: "نشست آزمایشی",
      startsAt: new Date("2019-11-16T14:30:00Z"),
      place: "قم",
      guests: [{ name: "دکتر مهمان", role: "معاون", organisation: "سازمان" }],
      attendees: [{ name: "دکتر حاضر", affiliation: "دانشگاه" }],
    },
    categories: [
      { id: "c1", name: "ساختارها" },
      { id: "c2", name: "پژوهش‌های مورد نیاز" },
    ],
    version: { number: 1, lockedAt: new Date("2019-11-18T08:00:00Z"), lockedBy: "زهرا احمدی", sha256: "0".repeat(64), note: "" },
    carriedFrom: [],
    ...overrides,
    reading: readMinutes(doc),
  };
}
