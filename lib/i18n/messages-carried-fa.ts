// Persian UI strings of the changes the minutes propose to tracked items at a lock, and
// of their place in a tracked item's history. Part of the Persian catalogue.
export const carriedFa = {
  "lifecycle.carried.heading": "تغییرهای پیشنهادی صورت‌جلسه در پیگیری‌ها",
  "lifecycle.carried.explain":
    "صورت‌جلسه این موردهای فهرست پیگیری‌ها را تغییر می‌دهد (پیگیری‌های جلسه‌های پیشین، در بخش خودشان؛ پیگیری‌ها و پیشنهادهای همین جلسه: متن، دسته، مهلت یا نهاد مسئولشان، یا بیرون رفتن و بازگشتنشان به صورت‌جلسه). فهرست پیگیری‌ها فقط با تغییرهایی که می‌پذیرید به‌روز می‌شود؛ بقیه در آن همان‌گونه که هست می‌ماند و در صورت‌جلسه همان‌گونه که نوشته شده است.",
  "lifecycle.carried.loading": "در حال خواندن تغییرهای پیشنهادی…",
  "lifecycle.carried.failed": "تغییرهای پیشنهادی خوانده نشد؛ اگر اکنون قفل کنید هیچ‌کدام اعمال نمی‌شود.",
  "lifecycle.carried.acceptAll": "پذیرفتن همه",
  "lifecycle.carried.acceptNone": "نپذیرفتن هیچ‌کدام",
  "lifecycle.carried.status": "وضعیت: {from} ← {to}",
  "lifecycle.carried.typedBy": "نوشتهٔ {name}",
  "lifecycle.carried.removed": "در صورت‌جلسه (نویسندهٔ تغییر ثبت نشده است)",
  "lifecycle.carried.leftMinutes": "دیگر در صورت‌جلسه نیست",
  "lifecycle.carried.text": "متن: {from} ← {to}",
  "lifecycle.carried.applied": "از {proposed} تغییر پیشنهادی، {applied} تغییر در پیگیری‌ها اعمال شد.",
  "lifecycle.carried.stale": "{count} تغییرِ پذیرفته‌شده اعمال نشد، چون آن مورد در این میان تغییر کرده بود.",
  "tracker.history.due": "مهلت: {from} ← {to}",
  "tracker.history.responsibleBody": "نهاد مسئول: {from} ← {to}",
  "tracker.history.text": "متن: {from} ← {to}",
  "tracker.history.category": "دسته: {from} ← {to}",
  "tracker.history.none": "بدون مقدار",
  "tracker.history.proposed": "پیشنهاد {proposer} در صورت‌جلسه، پذیرفتهٔ {accepter}",
  "tracker.history.proposedRemoval": "تغییر در صورت‌جلسه (نویسندهٔ تغییر ثبت نشده است)، پذیرفتهٔ {accepter}",
} as const;
