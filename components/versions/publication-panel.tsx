"use client";
// A version's publication: its live links (each with a copy button) and, for
// the organizer, publishing it to a new link (search engines kept out unless
// chosen) and revoking a link after confirming. The API's refusals are shown as
// its sentences; after a change the page is re-read from the server.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { sendJson } from "../api-request";
import { NamedSentence } from "../named-sentence";
import { PublicLink } from "./public-link";

export interface PublicationView {
  id: string;
  /** /r/<token> */
  path: string;
  indexable: boolean;
  /** When it was published, already written out in both calendars. */
  publishedOn: string;
  publishedBy: string;
  /** The link readers of older links are sent to. */
  current: boolean;
}

const publicationAnswer = z.object({ id: z.string(), path: z.string(), versionNumber: z.number() });

export function PublicationPanel(props: {
  meetingId: string;
  versionNumber: number;
  locale: Locale;
  canManage: boolean;
  publications: PublicationView[];
}) {
  const { meetingId, versionNumber, locale, canManage, publications } = props;
  const t = translator(locale);
  const router = useRouter();
  const ids = useId();
  const [indexable, setIndexable] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const version = formatInteger(versionNumber, locale);
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/publications`;
  const waiting = busy || refreshing;
  const headingId = `${ids}-heading`;

  const publish = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (waiting) return;
    setBusy(true);
    setStatus("");
    setError(null);
    const result = await sendJson({ method: "POST", url: base, body: { versionNumber, indexable }, answer: publicationAnswer, locale });
    setBusy(false);
    if (!result.ok) {
      setError(Object.values(result.fields)[0] ?? result.message);
      return;
    }
    setIndexable(false);
    setStatus(t("publication.published", { version }));
    startRefresh(() => router.refresh());
  };

  const revoke = async (publicationId: string): Promise<void> => {
    if (waiting) return;
    setBusy(true);
    setStatus("");
    setError(null);
    const result = await sendJson({
      method: "DELETE",
      url: `${base}/${encodeURIComponent(publicationId)}`,
      answer: z.object({ id: z.string() }),
      locale,
    });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setStatus(t("publication.revoked"));
    startRefresh(() => router.refresh());
  };

  return (
    <section className="card publication" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("publication.heading")}
      </h2>
      {publications.length === 0 ? (
        <p className="muted">{t("publication.none")}</p>
      ) : (
        <>
          <h3 className="details__heading">{t("publication.links")}</h3>
          <ul className="publication__links">
            {publications.map((publication) => {
              const linkId = `${ids}-link-${publication.id}`;
              return (
                <li key={publication.id} className="publication__link">
                  <PublicLink path={publication.path} locale={locale} id={linkId} />
                  <p className="publication__meta">
                    <NamedSentence template={t("publication.publishedOn", { date: publication.publishedOn })} name={publication.publishedBy} />{" "}
                    {t(publication.indexable ? "publication.indexableYes" : "publication.indexableNo")}
                  </p>
                  {publication.current && <p className="publication__current">{t("publication.current")}</p>}
                  {canManage &&
                    (confirming === publication.id ? (
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
                          onClick={() => void revoke(publication.id)}
                        >
                          {t("publication.confirmRevoke")}
                        </button>
                        <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(null)}>
                          {t("lifecycle.cancel")}
                        </button>
                      </div>
                    ) : (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        disabled={waiting}
                        aria-describedby={linkId}
                        onClick={() => {
                          setConfirming(publication.id);
                          setStatus("");
                          setError(null);
                        }}
                      >
                        {t("publication.revoke")}
                      </button>
                    ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {canManage && (
        <form className="publication__form" onSubmit={(event) => void publish(event)}>
          <p className="muted">{t("publication.intro")}</p>
          <div className="check-field">
            <input
              id={`${ids}-indexable`}
              type="checkbox"
              checked={indexable}
              aria-describedby={`${ids}-indexable-hint`}
              onChange={(event) => setIndexable(event.target.checked)}
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
      )}
      <p className="form__status" role="status">
        {status}
      </p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
