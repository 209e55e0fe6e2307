import type { Metadata } from "next";
import Link from "next/link";
import { MembersManager } from "@/components/meetings/members-manager";
import { UserText } from "@/components/ui/user-text";
import { translator } from "@/lib/i18n/translate";
import { getMeeting } from "@/server/domain/meetings/get-meeting";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

interface MembersPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("members.title") };
}

export default async function MembersPage({ params }: MembersPageProps) {
  const { id } = await params;
  const meetingPath = `/meetings/${encodeURIComponent(id)}`;
  const user = await requireSignedIn(`${meetingPath}/members`);
  const locale = await requestLocale();
  const t = translator(locale);
  const meeting = await orNotFound(getMeeting({ db: getServices().db, userId: user.id, meetingId: id }));
  return (
    <section aria-labelledby="members-title" className="form-page">
      <Link href={meetingPath} className="back-link">
        {t("pages.backToMeeting")}
      </Link>
      <h1 id="members-title" className="page-title">
        {t("members.title")}
      </h1>
      <p className="muted">
        <UserText text={meeting.title} />
      </p>
      <MembersManager locale={locale} meetingId={meeting.id} currentUserId={user.id} members={meeting.members} />
    </section>
  );
}
