// The sample meeting's minutes, written in Persian from the published article
// (../shared/sample-meeting): a presentation per agenda topic, Q&A, a proposal
// per category and two follow-ups. The attendees' questions are illustrative:
// the article names no attendee.
import type { JSONContent } from "@tiptap/core";
import { newBlockId } from "@/lib/editor/block-id";
import { paragraph, section, topicSection, type MinutesSeed } from "@/lib/editor/initial-minutes";

const GUEST = "دکتر حبیب‌الله مسعودی فرید";

const PRESENTATIONS = [
  "مهمان جلسه وظایف قانونی سازمان بهزیستی در حوزهٔ کودکان و نوجوانان را مرور کرد و عملکرد، آمارهای ذی‌ربط، چالش‌ها و دستاوردهای این حوزه را به تفصیل تبیین نمود.",
  "در حوزهٔ توانمندسازی زنان و خانواده، با تمرکز بر زنان سرپرست خانوار، برنامه‌های در دست اجرا و انتظارات سازمان از مراکز دینی و فضلای حوزوی مطرح شد.",
  "امور افراد آسیب‌دیدهٔ اجتماعی و گروه‌های تحت حمایت بهزیستی، همراه با آمار و چالش‌های پیش رو، گزارش شد.",
  "کارکرد اورژانس اجتماعی (Social Emergency، شمارهٔ ۱۲۳) در سراسر کشور و دستاوردهای آن تشریح شد.",
  "در پایان، امور فرهنگی مورد پیگیری سازمان بهزیستی و نقش مراکز دینی در آن بیان شد.",
];

const PROPOSALS = [
  "ایجاد ساختاری مشترک میان حوزهٔ علمیه و سازمان بهزیستی برای پیگیری مطالبات گروه‌های آسیب‌پذیر.",
  "هم‌افزایی بین نهادهای ذی‌ربط با برگزاری نشست‌های فصلی مشترک.",
  "بهره‌گیری از ظرفیت نهادهای مدنی و مساجد در شناسایی خانواده‌های نیازمند.",
  "تعریف پژوهش‌های مشترک دربارهٔ ریشه‌های آسیب‌های اجتماعی در قم.",
  "پیش‌بینی منابع اعتباری پایدار برای برنامه‌های حمایتی.",
  "بازنگری در مقررات حمایت از زنان سرپرست خانوار.",
  "برگزاری دوره‌های آموزشی برای طلاب دربارهٔ مواجهه با آسیب‌های اجتماعی.",
  "تقویت نقش خیرین در حمایت از کودکان و نوجوانان تحت پوشش.",
  "اجرای بهینهٔ برنامه‌های ملی در دست اقدام در حوزهٔ آسیب‌های اجتماعی.",
  "مطالعهٔ تجربیات جهانی و بهره‌برداری صحیح از آن‌ها با رعایت مبانی دینی.",
];

function inline(text: string): JSONContent[] {
  return [{ type: "text", text }];
}

function qaItem(question: string, askedBy: string, answer: string, deferred = false): JSONContent {
  return {
    type: "qaItem",
    attrs: { id: newBlockId(), askedBy, answeredBy: GUEST, deferred },
    content: [
      { type: "qaQuestion", content: inline(question) },
      { type: "qaAnswer", content: answer ? inline(answer) : [] },
    ],
  };
}

function followUp(text: string, responsibleBody: string, due: string): JSONContent {
  return { type: "followUp", attrs: { id: newBlockId(), responsibleBody, due, status: "routed" }, content: inline(text) };
}

export function sampleMinutes(seed: MinutesSeed, categoryIds: readonly string[], startsAt: Date): JSONContent {
  const details = [seed.when, seed.place, ...seed.guests].filter(Boolean).map((line) => paragraph(line));
  const stampAt = new Date(startsAt.getTime() + 10 * 60_000).toISOString();
  const topics = seed.agenda.map((topic, index) => {
    const text = PRESENTATIONS[index] ?? "";
    const body: JSONContent =
      index === 0
        ? { type: "paragraph", content: [{ type: "speakerStamp", attrs: { speaker: GUEST, at: stampAt } }, { type: "text", text: ` ${text}` }] }
        : paragraph(text);
    return topicSection(topic, [body]);
  });
  return {
    type: "doc",
    content: [
      section("header", seed.title, details, null, 1),
      section("agenda", seed.headings.agenda, topics),
      section("qa", seed.headings.qa, [
        qaItem(
          "حوزهٔ علمیه چگونه می‌تواند در شناسایی زودهنگام کودکان در معرض آسیب به اورژانس اجتماعی کمک کند؟",
          "حجت‌الاسلام محمدحسین صادقی",
          "مهمان جلسه بر ظرفیت مساجد و مبلغان برای اطلاع‌رسانی شمارهٔ ۱۲۳ و ارجاع موارد به اورژانس اجتماعی تأکید کرد.",
        ),
        qaItem(
          "سهم خیرین در حمایت از زنان سرپرست خانوار در سال گذشته چه بوده است؟",
          "دکتر فاطمه نوری",
          "",
          true,
        ),
      ]),
      section(
        "proposals",
        seed.headings.proposals,
        categoryIds.map((categoryId, index) => ({
          type: "proposal",
          attrs: { id: newBlockId(), categoryId },
          content: inline(PROPOSALS[index] ?? ""),
        })),
      ),
      section("followUps", seed.headings.followUps, [
        // 25 Azar 1398 and 30 Dey 1398.
        followUp("ارسال گزارش مفصل جلسه به سازمان بهزیستی برای پیگیری پیشنهادها", "دبیرخانهٔ دفتر کمیسیون در قم", "2019-12-16"),
        followUp(
          "تهیهٔ فهرست ظرفیت‌های حوزوی برای همکاری با اورژانس اجتماعی",
          "معاونت امور فرهنگی و اجتماعی سازمان بهزیستی کشور",
          "2020-01-20",
        ),
      ]),
    ],
  };
}
