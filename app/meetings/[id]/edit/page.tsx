import type { Metadata } from "next";
import Link from "next/link";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { UserText } from "@/components/ui/user-text";
import { translator } from "@/lib/i18n/translate";
import { accountsByIds } from "@/server/accounts/search-directory";
import { getMeeting } from "@/server/domain/meetings/get-meeting";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

interface EditMeetingPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("meetingForm.editTitle") };
}

export default async function EditMeetingPage({ params }: EditMeetingPageProps) {
  const { id } = await params;
  const meetingPath = `/meetings/${encodeURIComponent(id)}`;
  const user = await requireSignedIn(`${meetingPath}/edit`);
  const locale = await requestLocale();
  const t = translator(locale);
  const meeting = await orNotFound(getMeeting({ db: getServices().db, userId: user.id, meetingId: id }));
  const linked = await accountsByIds(getServices().db, meeting.attendees.flatMap((attendee) => (attendee.userId ? [attendee.userId] : [])));
  if (meeting.role !== "organizer") {
    return (
      <section className="card notice" aria-labelledby="edit-refused-title">
        <h1 id="edit-refused-title">{t("meetingForm.organizerOnlyTitle")}</h1>
        <p>{t("meetingForm.organizerOnlyBody", { role: t(`role.${meeting.role}`) })}</p>
        <Link href={meetingPath}>{t("pages.backToMeeting")}</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="edit-meeting-title" className="form-page">
      <Link href={meetingPath} className="back-link">
        {t("pages.backToMeeting")}
      </Link>
      <h1 id="edit-meeting-title" className="page-title">
        {t("meetingForm.editTitle")}
      </h1>
      <p className="muted">
        <UserText text={meeting.title} />
      </p>
      <MeetingForm
        mode="edit"
        locale={locale}
        meetingId={meeting.id}
        seriesTitle={meeting.series?.title ?? null}
        initial={{
          title: meeting.title,
          startsAt: meeting.startsAtJalali,
          place: meeting.place,
          guests: meeting.guests,
          attendees: meeting.attendees.map((attendee) => ({ ...attendee, account: attendee.userId ? (linked.get(attendee.userId) ?? null) : null })),
          agenda: meeting.agenda,
          sessionNumber: meeting.sessionNumber,
          letterNumber: meeting.letterNumber,
          letterDate: meeting.letterDate,
        }}
      />
    </section>
  );
}
