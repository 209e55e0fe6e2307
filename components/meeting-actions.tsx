// The links of a meeting's header: its members and the versions of its minutes
// (every member may see them) and editing its details (the organizer only).
import Link from "next/link";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { Role } from "../lib/roles";

export function MeetingActions({ meetingId, role, locale }: { meetingId: string; role: Role; locale: Locale }) {
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
    </nav>
  );
}
