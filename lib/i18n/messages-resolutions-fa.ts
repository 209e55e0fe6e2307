// Persian UI strings of resolutions (مصوبات): the editor's block, the report's
// numbered section, the tracker's kind and the lock's check of the votes.
// Part of the Persian catalogue (messages-fa.ts).
export const resolutionsFa = {
  "minutes.heading.resolutions": "مصوبات",
  "blocks.resolution.insert": "افزودن مصوبه",
  "blocks.resolution.label": "مصوبه",
  "blocks.resolution.remove": "حذف این مصوبه",
  "blocks.resolution.votes": "رأی‌ها (اختیاری)",
  "blocks.resolution.votesFor": "موافق",
  "blocks.resolution.votesAgainst": "مخالف",
  "blocks.resolution.votesAbstain": "ممتنع",
  "blocks.resolution.votesInvalid": "شمار رأی را عددی از ۰ تا ۹۹۹ وارد کنید. این مقدار ذخیره نشد.",
  "blocks.resolution.votesOverPresent": "جمع رأی‌ها ({cast}) از شمار حاضران ({present}) بیشتر است؛ قفل صورت‌جلسه پذیرفته نمی‌شود.",
  "blocks.slash.resolution": "تصمیم جلسه با نهاد مسئول، مهلت و رأی‌ها",
  "tracker.kind.resolution": "مصوبه",
  "report.resolutions": "مصوبات",
  "report.resolution.number": "مصوبهٔ {number}",
  "report.resolution.numberInSession": "مصوبهٔ {number} از جلسهٔ {session}",
  "report.resolution.responsibleBody": "نهاد مسئول",
  "report.resolution.due": "مهلت",
  "report.resolution.status": "وضعیت",
  "report.resolution.votes": "رأی‌ها",
  "report.resolution.voteCount": "موافق {for}، مخالف {against}، ممتنع {abstain}",
  "report.resolution.notCounted": "—",
  "error.resolution.votesOverPresentAtLock":
    "جمع رأی‌های مصوبه‌ای در صورت‌جلسه از شمار حاضرانِ ثبت‌شده در حضور و غیاب بیشتر است. رأی‌های آن مصوبه یا حضور و غیاب را درست کنید و دوباره قفل کنید. چیزی قفل نشد.",
  "error.resolution.votesOverPresent": "جمع رأی‌ها از شمار حاضران بیشتر است.",
  "compare.block.resolution": "مصوبه",
  "change.resolutionStatusChanged": "وضعیت مصوبه تغییر کرد: {before} ← {after}",
  "change.resolutionDueChanged": "مهلت مصوبه تغییر کرد: {before} ← {after}",
  "change.resolutionResponsibleBodyChanged": "نهاد مسئول مصوبه تغییر کرد: {before} ← {after}",
  "change.resolutionVotesChanged": "رأی‌های مصوبه تغییر کرد: {before} ← {after}",
} as const;
