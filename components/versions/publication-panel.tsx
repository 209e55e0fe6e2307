"use client";
// A version's publication: its live links (each with a copy button) and, for
// the organizer, publishing it to a new link (search engines kept out unless
// chosen) and revoking a link after confirming. The API's refusals are shown as
// its sentences; after a change the page is re-read from the server.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { publicationSummary } from "@/lib/contracts/publications";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { sendJson, type ApiResult } from "../ui/api-request";
import { PublicationList, PublishForm, type PublicationView } from "./publication-parts";

export type { PublicationView } from "./publication-parts";

/** One change at a time: sent, then the page re-read from the server; its sentence or its error. */
function useChange() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const waiting = busy || refreshing;
  /** Sends the change; then says `done` and re-reads the page, or shows the API's sentence. */
  const change = async (send: () => Promise<ApiResult<unknown>>, done: string): Promise<boolean> => {
    if (waiting) return false;
    setBusy(true);
    setStatus("");
    setError(null);
    const result = await send();
    setBusy(false);
    if (!result.ok) {
      setError(Object.values(result.fields)[0] ?? result.message);
      return false;
    }
    setStatus(done);
    startRefresh(() => router.refresh());
    return true;
  };
  const clear = (): void => {
    setStatus("");
    setError(null);
  };
  return { waiting, status, error, change, clear };
}

export function PublicationPanel(props: {
  meetingId: string;
  versionNumber: number;
  locale: Locale;
  canManage: boolean;
  publications: PublicationView[];
}) {
  const { meetingId, versionNumber, locale, canManage, publications } = props;
  const t = translator(locale);
  const ids = useId();
  const [indexable, setIndexable] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { waiting, status, error, change, clear } = useChange();
  const version = formatInteger(versionNumber, locale);
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/publications`;
  const headingId = `${ids}-heading`;

  const publish = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const body = { versionNumber, indexable };
    const sent = () => sendJson({ method: "POST", url: base, body, answer: publicationSummary, locale });
    if (await change(sent, t("publication.published", { version }))) setIndexable(false);
  };
  const revoke = async (publicationId: string): Promise<void> => {
    const url = `${base}/${encodeURIComponent(publicationId)}`;
    await change(() => sendJson({ method: "DELETE", url, answer: publicationSummary, locale }), t("publication.revoked"));
    setConfirming(null);
  };

  return (
    <section className="card publication" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("publication.heading")}
      </h2>
      {publications.length === 0 ? (
        <p className="muted">{t("publication.none")}</p>
      ) : (
        <PublicationList
          t={t}
          publications={publications}
          item={(publication) => ({
            t,
            locale,
            publication,
            linkId: `${ids}-link-${publication.id}`,
            canManage,
            confirming: confirming === publication.id,
            waiting,
            onAsk: () => {
              setConfirming(publication.id);
              clear();
            },
            onCancel: () => setConfirming(null),
            onRevoke: () => void revoke(publication.id),
          })}
        />
      )}
      {canManage && (
        <PublishForm t={t} ids={ids} version={version} indexable={indexable} waiting={waiting} onIndexable={setIndexable} onPublish={publish} />
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
