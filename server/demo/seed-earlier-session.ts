// The demo's earlier session of the sample series, a month before the sample
// meeting (invented: the article describes one session only). Its minutes are
// locked as version 1 through the real lock, which routes seven follow-ups and
// three proposals marked to follow up into the series' tracker; then the
// organizer's status changes of the following weeks are replayed through the
// real use case and dated as they would have been, so that the tracker and its
// dashboard open with items in every status, several bodies, closing times,
// overdue items and history.
import type { JSONContent } from "@tiptap/core";
import { meetingDocName } from "@/lib/collab-protocol";
import { newBlockId } from "@/lib/editor/block-id";
import { paragraph, section, topicSection, type MinutesSeed } from "@/lib/editor/initial-minutes";
import type { Role } from "@/lib/roles";
import type { TrackerStatus } from "@/lib/tracker-status";
import { changeTrackedItemSchema } from "@/lib/validation/tracker";
import type { Db } from "../db/client";
import { changeItemStatus } from "../domain/tracker/change-item-status";
import { storedMinutesLocker } from "../domain/minutes/minutes-locker";
import { findOrCreateBody } from "../domain/tracker/responsible-body-lookup";
import { storeInitialMinutes } from "../domain/minutes/store-initial-minutes";

export const EARLIER_SESSION = {
  title: "گفت‌وگو با مدیرکل بهزیستی استان قم دربارهٔ کودکان کار و خانواده‌های آسیب‌پذیر",
  // 24 Mehr 1398, 18:00 in Tehran; locked two days later.
  startsAt: new Date("2019-10-16T14:30:00Z"),
  lockedAt: new Date("2019-10-18T06:00:00Z"),
  place: "دفتر کمیسیون حقوق بشر اسلامی، قم",
  // The session before the sample meeting's tenth.
  sessionNumber: 9,
  // A demo name: the guest is not a real person.
  guest: { name: "دکتر سعید کاظمی", role: "مدیرکل", organisation: "ادارهٔ کل بهزیستی استان قم" },
  agenda: ["کودکان کار و خیابان در استان قم", "خدمات مشاورهٔ خانواده"],
} as const;

const BODIES = {
  welfare: "ادارهٔ کل بهزیستی استان قم",
  seminary: "مدیریت حوزهٔ علمیهٔ قم",
  municipality: "شهرداری قم",
  university: "دانشگاه قم",
  governorate: "استانداری قم",
} as const;

/** One change of the organizer's, on a day (Tehran afternoon). */
interface Step {
  to: TrackerStatus;
  on: string;
  note?: string;
  evidence?: string;
}

interface SeededItem {
  text: string;
  body: string;
  /** Gregorian ISO day, or null. */
  due: string | null;
  /** For a proposal: the index of its category in the series' list. */
  category?: number;
  history: Step[];
}

const FOLLOW_UPS: SeededItem[] = [
  {
    text: "ارسال آمار کودکان کار و خیابان شناسایی‌شده در قم به دبیرخانه",
    body: BODIES.welfare,
    due: "2019-11-11",
    history: [
      { to: "acknowledged", on: "2019-10-21" },
      { to: "in_progress", on: "2019-10-28" },
      { to: "answered", on: "2019-11-09", evidence: "نامهٔ شمارهٔ ۴۵۱۲/۹۸ ادارهٔ کل بهزیستی با آمار شش ماه نخست سال" },
      { to: "closed", on: "2019-11-16", note: "در نشست آبان‌ماه بررسی شد." },
    ],
  },
  {
    text: "معرفی نمایندهٔ حوزهٔ علمیه به کارگروه حمایت از کودکان",
    body: BODIES.seminary,
    due: "2019-11-06",
    history: [
      { to: "acknowledged", on: "2019-10-22" },
      { to: "answered", on: "2019-11-02", note: "نماینده با نامهٔ رسمی معرفی شد؛ اقدام جداگانه‌ای لازم نبود." },
      { to: "closed", on: "2019-11-05" },
    ],
  },
  {
    text: "تهیهٔ فهرست مراکز مشاورهٔ رایگان خانواده در استان",
    body: BODIES.welfare,
    due: "2019-12-01",
    history: [
      { to: "acknowledged", on: "2019-10-23" },
      { to: "in_progress", on: "2019-11-10" },
      { to: "answered", on: "2019-11-28", evidence: "فهرست ۲۷ مرکز با نشانی و شمارهٔ تماس دریافت شد." },
    ],
  },
  {
    text: "برگزاری کارگاه آموزشی اورژانس اجتماعی برای طلاب",
    body: BODIES.seminary,
    due: "2019-12-21",
    history: [
      { to: "acknowledged", on: "2019-10-30" },
      { to: "in_progress", on: "2019-11-20" },
    ],
  },
  {
    text: "گزارش وضعیت خانه‌های سلامت محله‌ها",
    body: BODIES.municipality,
    due: "2019-11-30",
    history: [{ to: "acknowledged", on: "2019-11-04" }],
  },
  { text: "بررسی امکان همکاری دانشگاه در پژوهش آسیب‌های اجتماعی استان", body: BODIES.university, due: null, history: [] },
  {
    text: "پیگیری اعتبار طرح توانمندسازی زنان سرپرست خانوار",
    body: BODIES.governorate,
    due: "2019-11-20",
    history: [{ to: "withdrawn", on: "2019-10-25", note: "این مورد در شورای اجتماعی استان پیگیری می‌شود." }],
  },
];

const PROPOSALS: SeededItem[] = [
  {
    text: "ایجاد سامانهٔ مشترک ثبت مطالبات گروه‌های آسیب‌پذیر",
    body: BODIES.governorate,
    due: null,
    category: 0,
    history: [
      { to: "acknowledged", on: "2019-10-28" },
      { to: "in_progress", on: "2019-11-12" },
    ],
  },
  {
    text: "برگزاری نشست فصلی با خیرین استان برای حمایت از کودکان",
    body: BODIES.welfare,
    due: null,
    category: 7,
    history: [
      { to: "acknowledged", on: "2019-10-20" },
      { to: "in_progress", on: "2019-10-24" },
      { to: "answered", on: "2019-11-03" },
      { to: "closed", on: "2019-11-14" },
    ],
  },
  { text: "پژوهش مشترک دربارهٔ ریشه‌های آسیب‌های اجتماعی در حاشیهٔ شهر", body: BODIES.university, due: null, category: 3, history: [] },
];

/** The session's one Q&A item: a scholar asks about insurance coverage (what a search for «بیمه» finds). */
export const EARLIER_QA = {
  askedBy: "حجت‌الاسلام علی‌اکبر طاهری",
  question: "خانواده‌های آسیب‌پذیر و کودکان کار تا چه اندازه پوشش بیمه‌ای دارند و ادارهٔ کل برای خانواده‌هایی که هیچ بیمهٔ درمانی ندارند چه برنامه‌ای دارد؟",
  answer:
    "مهمان جلسه گفت خانواده‌های تحت حمایت بهزیستی با همکاری بیمهٔ سلامت بیمهٔ درمانی رایگان دارند و از امسال کودکان کار شناسایی‌شده نیز زیر این پوشش می‌روند؛ برای خانواده‌هایی که هنوز شناسایی نشده‌اند، معرفی آنان از سوی مساجد و مراکز دینی را کمکی بزرگ دانست.",
} as const;

function insuranceQa(): JSONContent {
  return {
    type: "qaItem",
    attrs: { id: newBlockId(), askedBy: EARLIER_QA.askedBy, answeredBy: EARLIER_SESSION.guest.name, deferred: false },
    content: [
      { type: "qaQuestion", content: [{ type: "text", text: EARLIER_QA.question }] },
      { type: "qaAnswer", content: [{ type: "text", text: EARLIER_QA.answer }] },
    ],
  };
}

/** Noon in Tehran (08:30 UTC) of an ISO day. */
const onDay = (day: string): Date => new Date(`${day}T08:30:00Z`);

function minutes(seed: MinutesSeed, categoryIds: readonly string[], ids: { followUps: string[]; proposals: string[] }): JSONContent {
  const inline = (text: string): JSONContent[] => [{ type: "text", text }];
  const details = [seed.when, seed.place, ...seed.guests].filter(Boolean).map((line) => paragraph(line));
  const presentations = [
    "مهمان جلسه آمار کودکان کار و خیابان شناسایی‌شده در استان و برنامه‌های ادارهٔ کل برای بازگرداندن آنان به تحصیل را گزارش کرد.",
    "خدمات مشاورهٔ خانواده و نیاز به همکاری مراکز دینی در معرفی آن به خانواده‌ها مطرح شد.",
  ];
  return {
    type: "doc",
    content: [
      section("header", seed.title, details, null, 1),
      section("agenda", seed.headings.agenda, seed.agenda.map((topic, index) => topicSection(topic, [paragraph(presentations[index] ?? "")]))),
      section("qa", seed.headings.qa, [insuranceQa()]),
      section(
        "proposals",
        seed.headings.proposals,
        [
          ...PROPOSALS.map((proposal, index) => ({
            type: "proposal",
            attrs: { id: ids.proposals[index], categoryId: categoryIds[proposal.category ?? 0] ?? null, followUp: true },
            content: inline(proposal.text),
          })),
          // Not marked to follow up: the tracker leaves it out.
          { type: "proposal", attrs: { id: newBlockId(), categoryId: categoryIds[1] ?? null }, content: inline("هماهنگی نهادها در پاسخ به گزارش‌های کودک‌آزاری") },
        ],
      ),
      section(
        "followUps",
        seed.headings.followUps,
        FOLLOW_UPS.map((item, index) => ({
          type: "followUp",
          attrs: { id: ids.followUps[index], responsibleBody: item.body, due: item.due, status: "routed" },
          content: inline(item.text),
        })),
      ),
    ],
  };
}

/** Creates, locks and follows up the earlier session. Returns its meeting id. */
export async function seedEarlierSession(
  db: Db,
  options: { seriesId: string; categoryIds: readonly string[]; members: Array<{ userId: string; role: Role }> },
): Promise<string> {
  const { seriesId, categoryIds } = options;
  const organizer = options.members.find((member) => member.role === "organizer");
  if (!organizer) throw new Error("the earlier session needs an organizer");
  const session = EARLIER_SESSION;
  const meeting = await db.meeting.create({
    data: {
      seriesId,
      title: session.title,
      startsAt: session.startsAt,
      place: session.place,
      sessionNumber: session.sessionNumber,
      guests: { create: [{ position: 0, ...session.guest }] },
      agenda: { create: session.agenda.map((title, position) => ({ position, title })) },
      memberships: { create: options.members },
    },
  });
  const ids = { followUps: FOLLOW_UPS.map(() => newBlockId()), proposals: PROPOSALS.map(() => newBlockId()) };
  await storeInitialMinutes({ db, docName: meetingDocName(meeting.id), content: (seed) => minutes(seed, categoryIds, ids) });
  await storedMinutesLocker(db).lock(meeting.id, organizer.userId, { note: "", accept: [] });
  // Dated as it happened: the lock, then each item's changes.
  await db.minutesVersion.updateMany({ where: { meetingId: meeting.id }, data: { lockedAt: session.lockedAt } });
  await db.trackedItem.updateMany({ where: { meetingId: meeting.id }, data: { createdAt: session.lockedAt } });
  await db.trackedItemEvent.updateMany({ where: { item: { meetingId: meeting.id } }, data: { createdAt: session.lockedAt } });
  const seeded = [
    ...FOLLOW_UPS.map((item, index) => ({ item, blockId: ids.followUps[index] ?? "" })),
    ...PROPOSALS.map((item, index) => ({ item, blockId: ids.proposals[index] ?? "" })),
  ];
  for (const { item, blockId } of seeded) {
    const tracked = await db.trackedItem.findUniqueOrThrow({
      where: { meetingId_sourceBlockId: { meetingId: meeting.id, sourceBlockId: blockId } },
      select: { id: true, responsibleBodyId: true },
    });
    // The organizer names a proposal's body (the minutes name none).
    if (!tracked.responsibleBodyId) {
      const bodyId = await findOrCreateBody(db, seriesId, item.body);
      await changeItemStatus({ db, itemId: tracked.id, userId: organizer.userId, fields: changeTrackedItemSchema.parse({ responsibleBodyId: bodyId }) });
    }
    for (const step of item.history) {
      const fields = changeTrackedItemSchema.parse({ status: step.to, note: step.note ?? "", evidence: step.evidence ?? "" });
      await changeItemStatus({ db, itemId: tracked.id, userId: organizer.userId, fields, now: onDay(step.on) });
      const latest = await db.trackedItemEvent.findFirstOrThrow({ where: { itemId: tracked.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
      await db.trackedItemEvent.update({ where: { id: latest.id }, data: { createdAt: onDay(step.on) } });
    }
  }
  return meeting.id;
}
