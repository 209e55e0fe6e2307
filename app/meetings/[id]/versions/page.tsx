// The versions of a meeting's minutes (members only; anyone else gets the 404
// page): each version's facts, fingerprint check and published links, the
// form that compares two of them and, for the organizer, every live link of
// the meeting with its revoke.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { minutesStateText } from "@/components/minutes/minutes-lifecycle-state";
import { UserText } from "@/components/ui/user-text";
import { CompareForm } from "@/components/versions/compare-form";
import { LiveLinksPanel } from "@/components/versions/live-links-panel";
import { VersionList } from "@/components/versions/version-list";
import { minutesState } from "@/lib/contracts/minutes-state";
import { translator } from "@/lib/i18n/translate";
import { listLivePublications } from "@/server/domain/versions/list-live-publications";
import { listVersions } from "@/server/domain/versions/list-versions";
import { verifyMeetingVersion } from "@/server/domain/versions/verify-version";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { findMeetingForMember } from "@/app/meeting-queries";
import { requireSignedIn } from "@/app/signed-in-user";
import { labelledPublicationView, versionFactsView, versionsPath } from "./version-views";

interface VersionsPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("versions.title") };
}

export default async function VersionsPage({ params }: VersionsPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(versionsPath(id));
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const { db } = getServices();
  const options = { db, userId: user.id, meetingId: meeting.id };
  const [locale, list, liveLinks] = await Promise.all([
    requestLocale(),
    orNotFound(listVersions(options)),
    // Only the organizer manages the links; the others see each version's own.
    meeting.role === "organizer" ? listLivePublications(options) : null,
  ]);
  const t = translator(locale);
  // Re-checking a version reads its content and Yjs state once: cheap for the
  // few versions a meeting has.
  const checks = await Promise.all(
    list.versions.map((version) => verifyMeetingVersion({ db, userId: user.id, meetingId: meeting.id, versionNumber: version.number })),
  );
  const versions = list.versions.map((version, index) => ({
    ...versionFactsView(version, checks[index]?.ok === true, locale),
    publications: version.publications.map(({ id: publicationId, path }) => ({ id: publicationId, path })),
  }));
  const [newest, previous] = list.versions;
  return (
    <section aria-labelledby="versions-title" className="versions-page">
      <Link href={`/meetings/${encodeURIComponent(meeting.id)}`} className="back-link">
        {t("pages.backToMeeting")}
      </Link>
      <h1 id="versions-title" className="page-title">
        {t("versions.title")}
      </h1>
      <p className="eyebrow">
        <UserText text={meeting.title} />
      </p>
      <p className="lifecycle__state" data-state={list.state.kind}>
        {t("lifecycle.state", { state: minutesStateText(minutesState.parse(list.state), locale) })}
      </p>
      <p className="muted">{t("versions.intro")}</p>
      {list.versions.length === 0 ? (
        <p className="notice notice--info">{t("versions.empty")}</p>
      ) : (
        <>
          {newest && previous && (
            <CompareForm meetingId={meeting.id} locale={locale} numbers={list.versions.map((version) => version.number)} from={previous.number} to={newest.number} />
          )}
          {liveLinks && (
            <LiveLinksPanel
              meetingId={meeting.id}
              locale={locale}
              publications={liveLinks.map((publication) => labelledPublicationView(publication, list.currentPublication?.id ?? null, locale))}
            />
          )}
          <VersionList meetingId={meeting.id} locale={locale} versions={versions} />
        </>
      )}
    </section>
  );
}
