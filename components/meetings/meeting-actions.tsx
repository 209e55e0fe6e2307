// The links of a meeting's header: its members, the versions of its minutes
// and its series' follow-ups and their dashboard (every member may see them)
// and editing its details (the organizer only).
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";

interface MeetingActionsProps {
  meetingId: string;
  /** The meeting's series, whose follow-up tracker it links to; null outside any series. */
  seriesId: string | null;
  role: Role;
  locale: Locale;
}

export function MeetingActions({ meetingId, seriesId, role, locale }: MeetingActionsProps) {
  const t = translator(locale);
  const base = `/meetings/${encodeURIComponent(meetingId)}`;
  return (
    <nav className="meeting-actions" aria-label={t("pages.meetingActions")}>
      {role === "organizer" && (
        <Link className="button button--small" href={`${base}/edit`}>
          {t("pages.editMeeting")}
        </Link>
      )}
      <Link className="button button--small" href={`${base}/members`}>
        {t(role === "organizer" ? "pages.manageMembers" : "pages.members")}
      </Link>
      <Link className="button button--small" href={`${base}/versions`}>
        {t("pages.versions")}
      </Link>
      {seriesId && (
        <>
          <Link className="button button--small" href={`/series/${encodeURIComponent(seriesId)}/tracker`}>
            {t("tracker.link.tracker")}
          </Link>
          <Link className="button button--small" href={`/series/${encodeURIComponent(seriesId)}/tracker/dashboard`}>
            {t("tracker.link.dashboard")}
          </Link>
        </>
      )}
    </nav>
  );
}
