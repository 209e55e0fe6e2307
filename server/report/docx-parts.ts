// The DOCX report's body, one part of the report at a time: headings, the
// texts of each section kind, the resolutions, and the follow-ups' tables.
import { HeadingLevel, type Paragraph, type Table } from "docx";
import { followUpTable } from "./docx-follow-up-table";
import { paragraph, paragraphsOr, words, type Context } from "./docx-paragraphs";
import { MUTED } from "./docx-theme";
import type { ReportPart, ReportText } from "./report-types";

/** One part of the report (a section of the minutes) as the DOCX body's paragraphs and tables. */
export function docxPart(context: Context, item: ReportPart, empty: string): Array<Paragraph | Table> {
  const heading = (text: ReportText): Paragraph => paragraph(context, text, { heading: HeadingLevel.HEADING_2 });
  const subheading = (text: ReportText): Paragraph => paragraph(context, text, { heading: HeadingLevel.HEADING_3 });
  const notes = item.notes.map((line) => paragraph(context, line));
  switch (item.kind) {
    case "presentation":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.topics.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.topics.flatMap((topic) => [subheading([{ text: `${topic.number}. `, own: true }, ...topic.title]), ...paragraphsOr(context, topic.paragraphs, empty)]),
      ];
    case "qa":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.items.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.items.flatMap((qa) => [
          subheading(words(`${qa.number}. ${item.labels.question}`)),
          ...(qa.askedBy ? [paragraph(context, qa.askedBy, { label: item.labels.askedBy, color: MUTED })] : []),
          ...qa.question.map((line) => paragraph(context, line)),
          paragraph(context, words(item.labels.answer), { bold: true }),
          ...(qa.answeredBy ? [paragraph(context, qa.answeredBy, { label: item.labels.answeredBy, color: MUTED })] : []),
          ...qa.answer.map((line) => paragraph(context, line, { indent: true })),
          ...(qa.deferred ? [paragraph(context, words(qa.deferred), { color: MUTED, indent: true })] : []),
        ]),
      ];
    case "proposals":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.groups.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.groups.flatMap((group) => [
          subheading(group.name),
          ...group.proposals.flatMap((proposal) =>
            (proposal.paragraphs.length > 0 ? proposal.paragraphs : [words(empty)]).map((line, index) =>
              paragraph(context, index === 0 ? [{ text: `${proposal.number}. `, own: true }, ...line] : line, { indent: index > 0 }),
            ),
          ),
        ]),
      ];
    case "resolutions": {
      const { labels } = item;
      const fact = (label: string, text: ReportText): Paragraph => paragraph(context, text, { label, color: MUTED, indent: true });
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.items.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.items.flatMap((resolution) => [
          subheading(words(resolution.number)),
          ...paragraphsOr(context, resolution.paragraphs, empty),
          ...(resolution.responsibleBody ? [fact(labels.responsibleBody, resolution.responsibleBody)] : []),
          ...(resolution.due ? [fact(labels.due, words(`${resolution.due.jalali} (${resolution.due.gregorian})`))] : []),
          fact(labels.status, words(resolution.status)),
          ...(resolution.votes ? [fact(labels.votes, words(resolution.votes))] : []),
        ]),
      ];
    }
    case "followUps":
    case "carryOver":
      return [heading(words(item.heading)), ...notes, ...(item.rows.length > 0 ? [followUpTable(context, item)] : paragraphsOr(context, [], empty))];
    case "notes":
      return [heading(item.heading), ...paragraphsOr(context, item.notes, empty)];
    case "otherNotes":
      return [heading(words(item.heading)), ...notes];
  }
}

