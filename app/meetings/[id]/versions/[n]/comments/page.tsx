// A locked version's text with its comment threads beside it: members read
// the threads on this version (viewers only if the organizer lets them), and
// the organizer, note-takers and reviewers comment on its words. The text is
// read-only: commenting never changes the minutes.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionCommentsLoader } from "@/components/comments/version-comments-loader";
import { UserText } from "@/components/ui/user-text";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { getSeries } from "@/server/domain/series/get-series";
import { getVersion } from "@/server/domain/versions/get-version";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { findMeetingForMember } from "@/app/meeting-queries";
import { requireSignedIn } from "@/app/signed-in-user";
import { versionsPath } from "@/app/meetings/[id]/versions/version-views";

interface VersionCommentsPageProps {
  params: Promise<{ id: string; n: string }>;
}

export async function generateMetadata({ params }: VersionCommentsPageProps): Promise<Metadata> {
  const [{ n }, locale] = await Promise.all([params, requestLocale()]);
  const number = Number(n);
  if (!Number.isSafeInteger(number) || number < 1) return {};
  return { title: translator(locale)("versionComments.title", { version: formatInteger(number, locale) }) };
}

export default async function VersionCommentsPage({ params }: VersionCommentsPageProps) {
  const { id, n } = await params;
  const user = await requireSignedIn(`${versionsPath(id)}/${encodeURIComponent(n)}/comments`);
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const { db } = getServices();
  const [locale, version] = await Promise.all([
    requestLocale(),
    orNotFound(getVersion({ db, userId: user.id, meetingId: meeting.id, versionNumber: n })),
  ]);
  const series = meeting.series ? await getSeries({ db, userId: user.id, seriesId: meeting.series.id }) : null;
  const t = translator(locale);
  const number = formatInteger(version.number, locale);
  const versionPath = `${versionsPath(meeting.id)}/${version.number}`;
  return (
    <article aria-labelledby="version-comments-title" className="version-page">
      <Link href={versionPath} className="back-link">
        {t("versionComments.backToVersion", { version: number })}
      </Link>
      <p className="eyebrow">
        <UserText text={meeting.title} />
      </p>
      <h1 id="version-comments-title" className="page-title">
        {t("versionComments.title", { version: number })}
      </h1>
      <VersionCommentsLoader
        meetingId={meeting.id}
        versionNumber={version.number}
        locale={locale}
        userId={user.id}
        isOrganizer={meeting.role === "organizer"}
        members={meeting.members.map((member) => ({ id: member.userId, name: member.name }))}
        blocks={{
          people: [],
          categories: series?.categories ?? meeting.series?.categories ?? [],
          removedCategories: series?.removedCategories ?? [],
          responsibleBodies: [],
          // A locked version's dates are as locked: nothing to warn about.
          meetingDay: null,
          presentCount: null,
        }}
        textLabel={t("versionComments.minutes", { version: number })}
      />
    </article>
  );
}
