// The body of the report, part by part: the presentation by agenda topic, the
// Q&A, the proposals by category, the resolutions, this meeting's follow-ups and the ones
// carried over from earlier meetings, any other section of the minutes under
// its own title, and last "Other notes": whatever the minutes say that has no
// place above (text outside every section, what was typed in the header
// section beyond the meeting's details). Every text of the reading lands in
// one part; none is left out.
import { proposalsByCategory, type MinutesSection } from "@/lib/editor/read-minutes";
import { isTemplateHeading, templateHeaderLines, templateKey } from "@/lib/editor/template-text";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import type { ReportInput, ReportPart, ReportText } from "./report-types";
import { carryOverPart, followUpsPart } from "./report-follow-ups";
import { resolutionsPart } from "./report-resolutions";
import { lines, oneLine, optional, plain } from "./report-text";

type MainPart = "presentation" | "qa" | "proposals" | "resolutions" | "followUps" | "carryOver";

const ordinal = (input: ReportInput, index: number): string => formatInteger(index + 1, input.locale);

/** A section's title, unless the report's own heading for its part says it already (it is the template's). */
const ownTitle = (section: MinutesSection): ReportText[] =>
  section.title.trim() && !isTemplateHeading(section.kind, section.title) ? [oneLine(section.title)] : [];

/** What the note-takers wrote in the sections of one kind beside their structured
 * blocks: a title that is not the template's, then the paragraphs. */
const notesOf = (input: ReportInput, kind: MinutesSection["kind"]): ReportText[] =>
  input.reading.sections.filter((section) => section.kind === kind).flatMap((section) => [...ownTitle(section), ...lines(section.text)]);

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

const BUILD: Record<MainPart, (input: ReportInput, t: Translator) => ReportPart> = {
  presentation,
  qa: questionsAndAnswers,
  proposals,
  resolutions: (input, t) => resolutionsPart(input, t, notesOf(input, "resolutions")),
  followUps: (input, t) => followUpsPart(input, t, notesOf(input, "followUps")),
  carryOver: (input, t) => carryOverPart(input, t, notesOf(input, "carryOver")),
};

const PART_OF_SECTION: Partial<Record<MinutesSection["kind"], MainPart>> = {
  agenda: "presentation",
  topic: "presentation",
  qa: "qa",
  proposals: "proposals",
  resolutions: "resolutions",
  followUps: "followUps",
  carryOver: "carryOver",
};

/** What the header section says beyond what the report's header shows from the
 * meeting's details: a title other than the meeting's, lines other than the
 * template's. */
function headerLeftovers(input: ReportInput): ReportText[] {
  const template = templateHeaderLines(input.meeting);
  const title = templateKey(input.meeting.title);
  return input.reading.sections
    .filter((section) => section.kind === "header")
    .flatMap((section) => [
      ...(section.title.trim() && templateKey(section.title) !== title ? [oneLine(section.title)] : []),
      ...lines(section.text).filter((line) => !template.has(templateKey(plain(line)))),
    ]);
}

/** The report's parts in the order their sections come in the minutes; one of
 * the four main parts that the minutes have no section for comes after the
 * rest (a resolutions part only when there is a resolutions section or a
 * resolution, a carry-over part only when there is a carry-over section), and
 * "Other notes" last, when there are any. */
export function reportParts(input: ReportInput, t: Translator): ReportPart[] {
  const out: ReportPart[] = [];
  const done = new Set<MainPart>();
  for (const section of input.reading.sections) {
    const part = PART_OF_SECTION[section.kind];
    if (part && !done.has(part)) out.push(BUILD[part](input, t));
    if (part) done.add(part);
    else if (section.kind !== "header") {
      out.push({ kind: "notes", id: section.id, heading: oneLine(section.title.trim() ? section.title : t("report.otherNotes")), notes: lines(section.text) });
    }
  }
  // Minutes made before resolutions existed have none, and no part for them.
  const resolutions = input.reading.resolutions.length > 0 ? (["resolutions"] as const) : [];
  for (const part of ["presentation", "qa", "proposals", ...resolutions, "followUps"] as const) if (!done.has(part)) out.push(BUILD[part](input, t));
  const other = [...headerLeftovers(input), ...lines(input.reading.outsideSections)];
  if (other.length > 0) out.push({ kind: "otherNotes", heading: t("report.otherNotes"), notes: other });
  return out;
}
