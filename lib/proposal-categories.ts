// The proposal categories a new series starts with: the ten under which the
// commission's dialogue sessions file their proposals (../shared/sample-meeting).
export const DEFAULT_PROPOSAL_CATEGORIES: readonly string[] = [
  "ساختارها",
  "هم‌افزایی بین نهادهای مختلف ذی‌ربط",
  "مشارکت مردمی و ظرفیت نهادهای مدنی",
  "پژوهش‌های مورد نیاز",
  "منابع اعتباری مورد نیاز",
  "اصلاح مقررات",
  "آموزش‌های مورد نیاز",
  "نقش‌آفرینی خیرین",
  "اجرای بهینهٔ برنامه‌های ملی در حوزهٔ آسیب‌های اجتماعی",
  "مطالعات و تجربیات جهانی و بهره‌برداری صحیح از آن‌ها",
];
