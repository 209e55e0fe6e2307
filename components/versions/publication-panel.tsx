"use client";
// A version's publication: its live link (with a copy button) and, for the
// organizer, publishing it (search engines kept out unless chosen) and
// revoking a link after confirming. A version has one live link: publishing
// it again shows that link and makes no other. The API's refusals are shown as
// its sentences; after a change the page is re-read from the server.
import { useId, useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { PublicationList, PublishForm, type PublicationView } from "./publication-parts";
import { ChangeOutcome } from "@/components/ui/form-parts";
import { usePublicationChanges } from "./use-publication-changes";

export type { PublicationView } from "./publication-parts";

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
  const { waiting, status, error, publish, revokeControls } = usePublicationChanges(meetingId, locale);
  const version = formatInteger(versionNumber, locale);
  const headingId = `${ids}-heading`;

  const onPublish = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (await publish(versionNumber, indexable, version)) setIndexable(false);
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
          heading={t("publication.links")}
          publications={publications}
          item={(publication) => ({ t, locale, publication, linkId: `${ids}-link-${publication.id}`, canManage, ...revokeControls(publication.id) })}
        />
      )}
      {canManage && (
        <PublishForm t={t} ids={ids} version={version} indexable={indexable} waiting={waiting} onIndexable={setIndexable} onPublish={onPublish} />
      )}
      <ChangeOutcome status={status} error={error} />
    </section>
  );
}
