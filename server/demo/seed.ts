// The demo accounts and the sample meeting (../shared/sample-meeting), with an
// earlier session of its series whose follow-ups fill the tracker
// (seed-earlier-session): what a fresh install shows. The start-up runs it, in
// demo mode only, on first start when the database has no users.
import { meetingDocName } from "@/lib/collab-protocol";
import { DEFAULT_PROPOSAL_CATEGORIES } from "@/lib/proposal-categories";
import type { Db } from "../db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "../accounts/demo-accounts";
import { hashPassword } from "../auth/password";
import { storeInitialMinutes } from "../domain/minutes/store-initial-minutes";
import { indexMeeting } from "../domain/search/index-meeting";
import { sampleMinutes } from "./sample-minutes";
import { seedEarlierSession } from "./seed-earlier-session";

export const SAMPLE_MEETING = {
  series: "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم",
  title:
    "گفت‌وگوی یک مسئول با جمعی از اساتید حوزه و دانشگاه پیرامون حمایت از گروه‌های آسیب‌پذیر و تقویت برنامه‌های ملی مواجهه با آسیب‌های اجتماعی",
  // 25 Aban 1398, 18:00 in Tehran (UTC+3:30).
  startsAt: new Date("2019-11-16T14:30:00Z"),
  place: "دفتر کمیسیون حقوق بشر اسلامی، قم",
  // A monthly series: this is its tenth session ("جلسهٔ دهم"; a demo number, the article gives none).
  sessionNumber: 10,
  guest: {
    name: "دکتر حبیب‌الله مسعودی فرید",
    role: "معاون امور فرهنگی و اجتماعی",
    organisation: "سازمان بهزیستی کشور",
  },
  // Seminary and university scholars attended; the article names none, so these are demo names.
  attendees: [
    { name: "حجت‌الاسلام محمدحسین صادقی", affiliation: "استاد حوزهٔ علمیهٔ قم" },
    { name: "دکتر فاطمه نوری", affiliation: "عضو هیئت علمی دانشگاه قم" },
    { name: "دکتر رضا موسوی", affiliation: "پژوهشگاه حوزه و دانشگاه" },
  ],
  /** The series' proposal categories, as the article lists them. */
  categories: DEFAULT_PROPOSAL_CATEGORIES,
  agenda: [
    "کودکان و نوجوانان",
    "توانمندسازی زنان و خانواده با تمرکز بر زنان سرپرست خانوار",
    "افراد آسیب‌دیدهٔ اجتماعی و گروه‌های تحت حمایت بهزیستی",
    "کارکرد اورژانس اجتماعی در سراسر کشور",
    "امور فرهنگی",
  ],
} as const;

/** Creates the demo data unless users exist already. Returns the sample meeting's id. */
export async function seedDemo(db: Db): Promise<string | null> {
  if ((await db.user.count()) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.$transaction(async (tx) => {
    // Asked again in the transaction, which takes its turn: of two processes
    // starting on one empty database, the second finds the first's accounts.
    if ((await tx.user.count()) > 0) return null;
    const users: Array<{ id: string }> = [];
    for (const user of DEMO_USERS) {
      users.push(
        await tx.user.create({ data: { email: user.email, name: user.name, color: user.color, passwordHash, demoPassword: true, isAdmin: user.role === "organizer" } }),
      );
    }
    const organizer = users[DEMO_USERS.findIndex((user) => user.role === "organizer")];
    const series = await tx.series.create({
      data: {
        title: SAMPLE_MEETING.series,
        categories: { create: SAMPLE_MEETING.categories.map((name, position) => ({ position, name })) },
        organizers: { create: organizer ? [{ userId: organizer.id }] : [] },
      },
    });
    const meeting = await tx.meeting.create({
      data: {
        seriesId: series.id,
        title: SAMPLE_MEETING.title,
        startsAt: SAMPLE_MEETING.startsAt,
        place: SAMPLE_MEETING.place,
        sessionNumber: SAMPLE_MEETING.sessionNumber,
        guests: { create: [{ position: 0, ...SAMPLE_MEETING.guest }] },
        attendees: { create: SAMPLE_MEETING.attendees.map((attendee, position) => ({ position, ...attendee })) },
        agenda: { create: SAMPLE_MEETING.agenda.map((title, position) => ({ position, title })) },
        memberships: {
          create: users.map((user, index) => ({ userId: user.id, role: DEMO_USERS[index]?.role ?? "viewer" })),
        },
      },
    });
    const categories = await tx.proposalCategory.findMany({ where: { seriesId: series.id }, orderBy: { position: "asc" } });
    const members = users.map((user, index) => ({ userId: user.id, role: DEMO_USERS[index]?.role ?? "viewer" }));
    return { meetingId: meeting.id, seriesId: series.id, categoryIds: categories.map((category) => category.id), members };
  });
  if (!seeded) return null;
  await storeInitialMinutes({
    db,
    docName: meetingDocName(seeded.meetingId),
    content: (seed) => sampleMinutes(seed, seeded.categoryIds, SAMPLE_MEETING.startsAt),
  });
  await seedEarlierSession(db, { seriesId: seeded.seriesId, categoryIds: seeded.categoryIds, members: seeded.members });
  // The earlier session was indexed as it was locked; the sample's live minutes now.
  await indexMeeting(db, seeded.meetingId);
  return seeded.meetingId;
}
