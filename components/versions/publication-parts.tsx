"use client";
// The parts of the publication panels: one live link with its facts (its
// version, when and by whom it was published) and the organizer's revoke
// (asked, then confirmed), the form that publishes a version, and what the
// last change came to.
import type { FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { NamedSentence } from "../ui/named-sentence";
import { PublicLink } from "./public-link";

export interface PublicationView {
  id: string;
  /** "Version 2", where links to several versions are listed together. */
  versionLabel?: string;
  /** /r/<token> */
  path: string;
  indexable: boolean;
  /** When it was published, already written out in both calendars. */
  publishedOn: string;
  publishedBy: string;
  /** The link readers of older links are sent to. */
  current: boolean;
}

interface ItemProps {
  t: Translator;
  locale: Locale;
  publication: PublicationView;
  linkId: string;
  canManage: boolean;
  confirming: boolean;
  waiting: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRevoke: () => void;
}

/** The live links under their heading, each with what its item needs. */
export function PublicationList(props: {
  t: Translator;
  heading?: string;
  publications: readonly PublicationView[];
  item: (publication: PublicationView) => ItemProps;
}) {
  return (
    <>
      {props.heading && <h3 className="details__heading">{props.heading}</h3>}
      <ul className="publication__links">
        {props.publications.map((publication) => (
          <PublicationItem key={publication.id} {...props.item(publication)} />
        ))}
      </ul>
    </>
  );
}

function PublicationItem(props: ItemProps) {
  const { t, locale, publication, linkId, canManage, waiting } = props;
  return (
    <li className="publication__link">
      {publication.versionLabel && <p className="publication__version">{publication.versionLabel}</p>}
      <PublicLink path={publication.path} locale={locale} id={linkId} />
      <p className="publication__meta">
        <NamedSentence template={t("publication.publishedOn", { date: publication.publishedOn })} name={publication.publishedBy} />{" "}
        {t(publication.indexable ? "publication.indexableYes" : "publication.indexableNo")}
      </p>
      {publication.current && <p className="publication__current">{t("publication.current")}</p>}
      {canManage &&
        (props.confirming ? (
          <div className="confirm" role="group" aria-labelledby={`${linkId}-question`}>
            <p id={`${linkId}-question`} className="confirm__question">
              {t("publication.revokeQuestion")}
            </p>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={waiting}
              aria-describedby={linkId}
              // The button that asked is gone: the keyboard goes on from here.
              autoFocus
              onClick={props.onRevoke}
            >
              {t("publication.confirmRevoke")}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={props.onCancel}>
              {t("lifecycle.cancel")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--small button--danger"
            disabled={waiting}
            aria-describedby={linkId}
            onClick={props.onAsk}
          >
            {t("publication.revoke")}
          </button>
        ))}
    </li>
  );
}

export function PublishForm(props: {
  t: Translator;
  ids: string;
  version: string;
  indexable: boolean;
  waiting: boolean;
  onIndexable: (indexable: boolean) => void;
  onPublish: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}) {
  const { t, ids, version, indexable, waiting } = props;
  return (
    <form className="publication__form" onSubmit={(event) => void props.onPublish(event)}>
      <p className="muted">{t("publication.intro")}</p>
      <div className="check-field">
        <input
          id={`${ids}-indexable`}
          type="checkbox"
          checked={indexable}
          aria-describedby={`${ids}-indexable-hint`}
          onChange={(event) => props.onIndexable(event.target.checked)}
        />
        <label htmlFor={`${ids}-indexable`}>{t("publication.indexable")}</label>
        <p id={`${ids}-indexable-hint`} className="field__hint">
          {t("publication.indexableHint")}
        </p>
      </div>
      <button type="submit" className="button button--primary" disabled={waiting} aria-busy={waiting || undefined}>
        {t("publication.publish", { version })}
      </button>
    </form>
  );
}
