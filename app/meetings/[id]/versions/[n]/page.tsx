// One version of the minutes, read-only, for the meeting's members (anyone
// else gets the 404 page): the report as the one report renderer makes it
// (the same as the published page and the exports), with the version's facts,
// its downloads, its sign-off (asking members to approve, their answers)
// and, for the organizer, publishing and revoking its links.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlockTargetHighlight } from "@/components/search/block-target-highlight";
import { UserText } from "@/components/ui/user-text";
import { ApprovalPanel } from "@/components/versions/approval-panel";
import { ExportLinks } from "@/components/versions/export-links";
import { PublicationPanel } from "@/components/versions/publication-panel";
import { VersionFacts } from "@/components/versions/version-facts";
import { versionApprovals } from "@/lib/contracts/approvals";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { getVersionApprovals } from "@/server/domain/approvals/get-version-approvals";
import { reportApprovalOf } from "@/server/domain/approvals/report-approval";
import type { VersionApprovalsView } from "@/server/domain/approvals/version-approvals";
import type { MeetingView } from "@/server/domain/meetings/meeting-view";
import { getVersion } from "@/server/domain/versions/get-version";
import { listVersions } from "@/server/domain/versions/list-versions";
import { verifyMeetingVersion } from "@/server/domain/versions/verify-version";
import { renderReportFragment } from "@/server/report/render-html";
import { printedLetterhead } from "@/server/domain/series/letterhead";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { findMeetingForMember } from "@/app/meeting-queries";
import { reportInput } from "@/app/report-input";
import { requireSignedIn } from "@/app/signed-in-user";
import { publicationView, versionFactsView, versionsPath } from "../version-views";

interface VersionPageProps {
  params: Promise<{ id: string; n: string }>;
}

export async function generateMetadata({ params }: VersionPageProps): Promise<Metadata> {
  const [{ n }, locale] = await Promise.all([params, requestLocale()]);
  const number = Number(n);
  if (!Number.isSafeInteger(number) || number < 1) return {};
  return { title: translator(locale)("versions.version", { version: formatInteger(number, locale) }) };
}

/** The version's sign-off: its requests and answers, asking (the organizer), answering (a member asked). */
function approvalPanel(meeting: MeetingView, userId: string, locale: Locale, view: VersionApprovalsView) {
  return (
    <ApprovalPanel
      meetingId={meeting.id}
      locale={locale}
      canManage={meeting.role === "organizer"}
      userId={userId}
      approvals={versionApprovals.parse(view)}
      members={meeting.members.map((member) => ({ userId: member.userId, name: member.name }))}
    />
  );
}

export default async function VersionPage({ params }: VersionPageProps) {
  const { id, n } = await params;
  const user = await requireSignedIn(`${versionsPath(id)}/${encodeURIComponent(n)}`);
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const { db } = getServices();
  const options = { db, userId: user.id, meetingId: meeting.id };
  const [locale, version] = await Promise.all([requestLocale(), orNotFound(getVersion({ ...options, versionNumber: n }))]);
  const [check, list, approvalView] = await Promise.all([
    verifyMeetingVersion({ ...options, versionNumber: version.number }),
    listVersions(options),
    getVersionApprovals({ ...options, versionNumber: version.number }),
  ]);
  const t = translator(locale);
  const number = formatInteger(version.number, locale);
  const report = renderReportFragment(
    reportInput({
      letterhead: await printedLetterhead(db, version.meeting.letterhead),
      locale,
      meeting: version.meeting,
      reading: version.reading,
      version: { number: version.number, lockedAt: new Date(version.lockedAt), lockedBy: version.lockedBy.name, sha256: version.sha256, note: version.note },
      approval: reportApprovalOf(approvalView),
    }),
  );
  const currentId = list.currentPublication?.id ?? null;
  const base = versionsPath(meeting.id);
  return (
    <article aria-labelledby="version-title" className="version-page">
      <Link href={base} className="back-link">
        {t("versions.backToList")}
      </Link>
      <p className="eyebrow">
        <UserText text={meeting.title} />
      </p>
      <h1 id="version-title" className="page-title">
        {t("versions.version", { version: number })}
      </h1>
      <p className="notice notice--info">{t("versions.readOnly")}</p>
      <div className="version-layout">
        <section className="version-report" aria-label={t("versions.report", { version: number })}>
          {/* The renderer escapes every text and allows only http, https and mailto
              links; its stylesheet is scoped to .kateb-report. */}
          <style dangerouslySetInnerHTML={{ __html: report.css }} />
          <div dangerouslySetInnerHTML={{ __html: report.html }} />
          <BlockTargetHighlight />
        </section>
        <aside className="version-aside">
          <section className="card" aria-labelledby="version-details-title">
            <h2 id="version-details-title" className="section-title">
              {t("versions.details")}
            </h2>
            <VersionFacts version={versionFactsView(version, check.ok, locale)} locale={locale} full />
            <div className="version-aside__actions">
              <Link className="button button--small button--primary" href={`${base}/${version.number}/comments`}>
                {t("versionComments.link")}
              </Link>
              {version.number > 1 && (
                <Link className="button button--small" href={`${base}/compare?from=${version.number - 1}&to=${version.number}`}>
                  {t("versions.compareWithPrevious", { version: formatInteger(version.number - 1, locale) })}
                </Link>
              )}
              <ExportLinks meetingId={meeting.id} versionNumber={version.number} locale={locale} />
            </div>
          </section>
          {approvalPanel(meeting, user.id, locale, approvalView)}
          <PublicationPanel
            meetingId={meeting.id}
            versionNumber={version.number}
            locale={locale}
            canManage={meeting.role === "organizer"}
            publications={version.publications.map((publication) => publicationView(publication, currentId, locale))}
          />
        </aside>
      </div>
    </article>
  );
}
