// The body of the report, part by part: the presentation by agenda topic, the
// Q&A, the proposals by category and the follow-up table, plus any other
// section of the minutes under its own title.
import { proposalsByCategory, type MinutesSection } from "../../lib/editor/read-minutes";
import { dueInstant } from "../../lib/editor/due-date";
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../../lib/editor/nodes/follow-up";
import type { MessageKey } from "../../lib/i18n/messages-fa";
import { formatInteger } from "../../lib/i18n/numbers";
import type { Translator } from "../../lib/i18n/translate";
import { formatGregorian, formatJalali } from "../../lib/jalali-date";
import type { ReportInput, ReportPart, ReportText } from "./report-model";
import { lines, oneLine, optional } from "./report-text";

const STATUS_WORDS: Record<FollowUpStatus, MessageKey> = {
  open: "blocks.status.open",
  "in-progress": "blocks.status.in-progress",
  done: "blocks.status.done",
};

/** A follow-up's status in words; a status the schema does not know, as it is. */
function statusWords(t: Translator, status: string): string {
  const known = FOLLOW_UP_STATUSES.find((candidate) => candidate === status);
  return known ? t(STATUS_WORDS[known]) : status;
}

type MainPart = "presentation" | "qa" | "proposals" | "followUps";

const ordinal = (input: ReportInput, index: number): string => formatInteger(index + 1, input.locale);

/** The paragraphs the note-takers wrote in the sections of one kind, beside their structured blocks. */
const notesOf = (input: ReportInput, kind: MinutesSection["kind"]): ReportText[] =>
  input.reading.sections.filter((section) => section.kind === kind).flatMap((section) => lines(section.text));

function presentation(input: ReportInput, t: Translator): ReportPart {
  const topics = input.reading.sections.filter((section) => section.kind === "topic");
  return {
    kind: "presentation",
    heading: t("report.presentation"),
    notes: notesOf(input, "agenda"),
    topics: topics.map((section, index) => ({ id: section.id, number: ordinal(input, index), title: oneLine(section.title), paragraphs: lines(section.text) })),
  };
}

function questionsAndAnswers(input: ReportInput, t: Translator): ReportPart {
  return {
    kind: "qa",
    heading: t("report.qa"),
    notes: notesOf(input, "qa"),
    labels: { question: t("report.qa.question"), answer: t("report.qa.answer"), askedBy: t("report.qa.askedBy"), answeredBy: t("report.qa.answeredBy") },
    items: input.reading.qa.map((pair, index) => ({
      id: pair.id,
      number: ordinal(input, index),
      question: lines(pair.question),
      askedBy: optional(pair.askedBy),
      answer: lines(pair.answer),
      answeredBy: optional(pair.answeredBy),
      deferred: pair.deferred ? t("report.qa.deferred") : null,
    })),
  };
}

/** Proposals under the series' categories in order, the uncategorised last; numbered throughout. */
function proposals(input: ReportInput, t: Translator): ReportPart {
  const names = new Map(input.categories.map((category) => [category.id, category.name]));
  const groups = proposalsByCategory(input.reading, input.categories.map((category) => category.id));
  let count = 0;
  return {
    kind: "proposals",
    heading: t("report.proposals"),
    notes: notesOf(input, "proposals"),
    groups: groups.map((group) => ({
      categoryId: group.categoryId,
      name: oneLine((group.categoryId === null ? undefined : names.get(group.categoryId)) ?? t("report.proposals.uncategorised")),
      proposals: group.proposals.map((proposal) => ({ id: proposal.id, number: ordinal(input, count++), paragraphs: lines(proposal.text) })),
    })),
  };
}

function followUps(input: ReportInput, t: Translator): ReportPart {
  // A due date is a calendar day: read it in UTC, where dueInstant puts it.
  const day = { timeZone: "UTC", weekday: false } as const;
  return {
    kind: "followUps",
    heading: t("report.followUps"),
    notes: notesOf(input, "followUps"),
    columns: {
      number: t("report.followUps.number"),
      item: t("report.followUps.item"),
      responsibleBody: t("report.followUps.responsibleBody"),
      due: t("report.followUps.due"),
      status: t("report.followUps.status"),
    },
    noDue: t("report.followUps.noDue"),
    rows: input.reading.followUps.map((followUp, index) => {
      const due = dueInstant(followUp.due);
      return {
        id: followUp.id,
        number: ordinal(input, index),
        item: lines(followUp.text),
        responsibleBody: oneLine(followUp.responsibleBody),
        due: due ? { jalali: formatJalali(due, input.locale, day), gregorian: formatGregorian(due, input.locale, day) } : null,
        status: statusWords(t, followUp.status),
      };
    }),
  };
}

const BUILD: Record<MainPart, (input: ReportInput, t: Translator) => ReportPart> = {
  presentation,
  qa: questionsAndAnswers,
  proposals,
  followUps,
};

const PART_OF_SECTION: Partial<Record<MinutesSection["kind"], MainPart>> = {
  agenda: "presentation",
  topic: "presentation",
  qa: "qa",
  proposals: "proposals",
  followUps: "followUps",
};

/** The report's parts in the order their sections come in the minutes; a part
 * the minutes have no section for comes after the rest. The header section is
 * left out: the report's header comes from the meeting's details. */
export function reportParts(input: ReportInput, t: Translator): ReportPart[] {
  const out: ReportPart[] = [];
  const done = new Set<MainPart>();
  for (const section of input.reading.sections) {
    const part = PART_OF_SECTION[section.kind];
    if (part && !done.has(part)) out.push(BUILD[part](input, t));
    if (part) done.add(part);
    else if (section.kind !== "header") out.push({ kind: "notes", id: section.id, heading: oneLine(section.title), notes: lines(section.text) });
  }
  for (const part of ["presentation", "qa", "proposals", "followUps"] as const) if (!done.has(part)) out.push(BUILD[part](input, t));
  return out;
}
