// The report of a published version, from its structured reading: header
// (series, title, date in both calendars, place, guests, attendees), the
// presentation by agenda topic, Q&A, proposals by category, follow-ups, and
// the version, lock date and hash. Every piece of content is a React text
// node: nothing in the minutes reaches the page as markup.
import { Fragment, type ReactNode } from "react";
import type { MinutesSection } from "../../../lib/editor/read-minutes";
import { proposalsByCategory } from "../../../lib/editor/read-minutes";
import { jalaliDueText } from "../../../lib/editor/due-date";
import { FOLLOW_UP_STATUSES } from "../../../lib/editor/nodes/follow-up";
import { direction, type Locale } from "../../../lib/i18n/locales";
import { formatInteger } from "../../../lib/i18n/numbers";
import { translator, type Translator } from "../../../lib/i18n/translate";
import { formatDateBoth } from "../../../lib/jalali-date";
import type { PublicPage } from "../../../server/domain/get-public-page";

/** Sections the report shows under their own heading, beside the fixed parts. */
const FREE_SECTIONS: ReadonlySet<MinutesSection["kind"]> = new Set(["carryOver", "other"]);

function Lines({ text }: { text: string }) {
  return (
    <>
      {text
        .split("\n")
        .filter((line) => line.trim())
        .map((line, index) => (
          <p key={index} dir="auto">
            {line}
          </p>
        ))}
    </>
  );
}

function statusLabel(status: string, t: Translator): string {
  const known = FOLLOW_UP_STATUSES.find((value) => value === status);
  return known ? t(`blocks.status.${known}`) : status;
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report__part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ReportView({ page, locale }: { page: PublicPage; locale: Locale }) {
  const t = translator(locale);
  const { meeting, version, supersededBy } = page;
  const { reading } = version;
  const number = (value: number): string => formatInteger(value, locale);
  const categoryName = new Map(meeting.categories.map((category) => [category.id, category.name]));
  const proposalGroups = proposalsByCategory(
    reading,
    meeting.categories.map((category) => category.id),
  );
  const topics = reading.sections.filter((section) => section.kind === "topic");
  const free = reading.sections.filter((section) => FREE_SECTIONS.has(section.kind) && section.text);
  const sectionText = (kind: MinutesSection["kind"]): string =>
    reading.sections.filter((section) => section.kind === kind).map((section) => section.text).filter(Boolean).join("\n");

  return (
    <article className="report" dir={direction(locale)} aria-labelledby="report-title">
      {supersededBy && (
        <p className="notice notice--warning report__superseded" role="status">
          {t("publication.superseded")}{" "}
          <a href={supersededBy.path}>{t("publication.supersededLink", { version: number(supersededBy.versionNumber) })}</a>
        </p>
      )}
      <header className="report__header">
        <p className="report__kind">
          {t("publication.report")} · {t("publication.version", { version: number(version.number) })}
        </p>
        {meeting.series && (
          <p className="report__series" dir="auto">
            {meeting.series.title}
          </p>
        )}
        <h1 id="report-title" className="report__title" dir="auto">
          {meeting.title}
        </h1>
        <dl className="report__facts">
          <dt>{t("meeting.date")}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{formatDateBoth(new Date(meeting.startsAt), locale, { time: true })}</time>
          </dd>
          {meeting.place && (
            <>
              <dt>{t("meeting.place")}</dt>
              <dd dir="auto">{meeting.place}</dd>
            </>
          )}
          {meeting.guests.length > 0 && (
            <>
              <dt>{t("meeting.guests")}</dt>
              <dd>
                <ul>
                  {meeting.guests.map((guest, index) => (
                    <li key={index} dir="auto">
                      {[guest.name, guest.role, guest.organisation].filter(Boolean).join("، ")}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {meeting.attendees.length > 0 && (
            <>
              <dt>{t("publication.attendees")}</dt>
              <dd>
                <ul>
                  {meeting.attendees.map((attendee, index) => (
                    <li key={index} dir="auto">
                      {[attendee.name, attendee.affiliation].filter(Boolean).join("، ")}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </header>

      {topics.length > 0 && (
        <Part id="report-presentation" title={t("minutes.heading.agenda")}>
          {topics.map((topic) => (
            <section key={topic.id} className="report__topic">
              <h3 dir="auto">{topic.title}</h3>
              <Lines text={topic.text} />
            </section>
          ))}
        </Part>
      )}

      {(reading.qa.length > 0 || sectionText("qa")) && (
        <Part id="report-qa" title={t("minutes.heading.qa")}>
          <Lines text={sectionText("qa")} />
          <ol className="report__qa">
            {reading.qa.map((pair) => (
              <li key={pair.id}>
                <p className="report__question" dir="auto">
                  <strong>{t("blocks.qa.question")}:</strong> {pair.question}
                  {pair.askedBy && <span className="report__who"> — {t("blocks.qa.askedBy")}: <bdi>{pair.askedBy}</bdi></span>}
                </p>
                <p className="report__answer" dir="auto">
                  <strong>{t("blocks.qa.answer")}:</strong> {pair.deferred && !pair.answer ? t("blocks.qa.deferred") : pair.answer}
                  {pair.answeredBy && <span className="report__who"> — {t("blocks.qa.answeredBy")}: <bdi>{pair.answeredBy}</bdi></span>}
                </p>
              </li>
            ))}
          </ol>
        </Part>
      )}

      {(proposalGroups.length > 0 || sectionText("proposals")) && (
        <Part id="report-proposals" title={t("minutes.heading.proposals")}>
          <Lines text={sectionText("proposals")} />
          {proposalGroups.map((group) => (
            <Fragment key={group.categoryId ?? "none"}>
              <h3 dir="auto">
                {group.categoryId ? (categoryName.get(group.categoryId) ?? t("publication.uncategorised")) : t("publication.uncategorised")}
              </h3>
              <ul>
                {group.proposals.map((proposal) => (
                  <li key={proposal.id} dir="auto">
                    {proposal.text}
                  </li>
                ))}
              </ul>
            </Fragment>
          ))}
        </Part>
      )}

      {(reading.followUps.length > 0 || sectionText("followUps")) && (
        <Part id="report-follow-ups" title={t("minutes.heading.followUps")}>
          <Lines text={sectionText("followUps")} />
          {reading.followUps.length > 0 && (
            <table className="report__follow-ups">
              <thead>
                <tr>
                  <th scope="col">{t("publication.followUp.item")}</th>
                  <th scope="col">{t("blocks.followUp.body")}</th>
                  <th scope="col">{t("publication.followUp.due")}</th>
                  <th scope="col">{t("blocks.followUp.status")}</th>
                </tr>
              </thead>
              <tbody>
                {reading.followUps.map((item) => (
                  <tr key={item.id}>
                    <td dir="auto">{item.text}</td>
                    <td dir="auto">{item.responsibleBody}</td>
                    <td>{item.due ? jalaliDueText(item.due, locale) : t("blocks.followUp.noDue")}</td>
                    <td>{statusLabel(item.status, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Part>
      )}

      {free.map((section) => (
        <Part key={section.id} id={`report-section-${section.id}`} title={section.title}>
          <Lines text={section.text} />
        </Part>
      ))}

      <footer className="report__footer">
        <p>
          {t("publication.version", { version: number(version.number) })} ·{" "}
          {t("publication.lockedAt", { date: formatDateBoth(version.lockedAt, locale, { time: true }) })}
        </p>
        <p>
          {t("publication.hash")}: <code dir="ltr" className="report__hash">{version.sha256}</code>
        </p>
      </footer>
    </article>
  );
}
