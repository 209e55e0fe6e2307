// Persian UI strings: the default catalogue, and the one that defines the keys.
export const fa = {
  "app.name": "کاتب",
  "app.tagline": "صورت‌جلسه، با هم نوشته می‌شود",
  "minutes.heading.agenda": "گزارش مهمان به تفکیک دستور جلسه",
  "minutes.heading.qa": "پرسش و پاسخ",
  "minutes.heading.proposals": "پیشنهادها",
  "minutes.heading.followUps": "پیگیری‌ها",
  "minutes.place": "مکان: {place}",
  "minutes.guest": "مهمان: {name}، {role}",
  "error.unauthenticated": "لطفاً ابتدا وارد شوید.",
  "error.not_found": "یافت نشد.",
  "error.forbidden": "شما اجازهٔ این کار را ندارید.",
  "error.invalid_input": "بخشی از آنچه وارد کرده‌اید معتبر نیست.",
  "error.internal": "خطایی در سمت ما رخ داد. لطفاً دوباره تلاش کنید.",
  "error.conflict": "این کار با وضعیت فعلی سازگار نیست.",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof fa;
export type Messages = Record<MessageKey, string>;
