"use client";
// Every live link of the meeting in one place, for its organizer: each with
// its version, when and by whom it was published, its address, and a revoke
// (asked, then confirmed) that leaves the other links live.
import { useId } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { PublicationList, type PublicationView } from "./publication-parts";
import { ChangeOutcome } from "@/components/ui/form-parts";
import { usePublicationChanges } from "./use-publication-changes";

export function LiveLinksPanel(props: { meetingId: string; locale: Locale; publications: readonly PublicationView[] }) {
  const { meetingId, locale, publications } = props;
  const t = translator(locale);
  const ids = useId();
  const { status, error, revokeControls } = usePublicationChanges(meetingId, locale);
  const headingId = `${ids}-heading`;
  return (
    <section className="card publication live-links" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("publication.liveLinks")}
      </h2>
      <p className="muted">{t("publication.liveLinksIntro")}</p>
      {publications.length === 0 ? (
        <p className="muted">{t("publication.noLiveLinks")}</p>
      ) : (
        <PublicationList
          t={t}
          publications={publications}
          item={(publication) => ({ t, locale, publication, linkId: `${ids}-link-${publication.id}`, canManage: true, ...revokeControls(publication.id) })}
        />
      )}
      <ChangeOutcome status={status} error={error} />
    </section>
  );
}
