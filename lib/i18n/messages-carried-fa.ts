// Persian UI strings of the changes the minutes propose to tracked items at a lock, and
// of their place in a tracked item's history. Part of the Persian catalogue.
export const carriedFa = {
  "lifecycle.carried.heading": "تغییرهای پیشنهادی صورت‌جلسه در پیگیری‌ها",
  "lifecycle.carried.explain":
    "این تغییرها را صورت‌جلسه‌نویسان در پیگیری‌هایی نوشته‌اند که پیش‌تر در فهرست پیگیری‌ها بوده‌اند (پیگیری‌های جلسه‌های پیشین، یا پیگیری‌های همین جلسه از نسخهٔ پیش). فهرست پیگیری‌ها فقط با تغییرهایی که می‌پذیرید به‌روز می‌شود؛ بقیه در آن همان‌گونه که هست می‌ماند و در صورت‌جلسه همان‌گونه که نوشته شده است.",
  "lifecycle.carried.loading": "در حال خواندن تغییرهای پیشنهادی…",
  "lifecycle.carried.failed": "تغییرهای پیشنهادی خوانده نشد؛ اگر اکنون قفل کنید هیچ‌کدام اعمال نمی‌شود.",
  "lifecycle.carried.acceptAll": "پذیرفتن همه",
  "lifecycle.carried.acceptNone": "نپذیرفتن هیچ‌کدام",
  "lifecycle.carried.status": "وضعیت: {from} ← {to}",
  "lifecycle.carried.typedBy": "نوشتهٔ {name}",
  "lifecycle.carried.removed": "حذف‌شده در صورت‌جلسه (حذف‌کننده ثبت نمی‌شود)",
  "lifecycle.carried.applied": "از {proposed} تغییر پیشنهادی، {accepted} تغییر در پیگیری‌ها اعمال شد.",
  "tracker.history.due": "مهلت: {from} ← {to}",
  "tracker.history.responsibleBody": "نهاد مسئول: {from} ← {to}",
  "tracker.history.none": "بدون مقدار",
  "tracker.history.proposed": "پیشنهاد {proposer} در صورت‌جلسه، پذیرفتهٔ {accepter}",
  "tracker.history.proposedRemoval": "حذف‌شده در صورت‌جلسه (حذف‌کننده ثبت نمی‌شود)، پذیرفتهٔ {accepter}",
} as const;
