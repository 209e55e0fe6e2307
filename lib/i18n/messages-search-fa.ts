// Persian UI strings of search. Part of the Persian catalogue.
export const searchFa = {
  "search.tooShort": "دست‌کم دو حرف بنویسید.",
  "search.onlyCommonWords": "این واژه‌ها در همه‌جا هستند؛ واژه‌ای خاص‌تر بنویسید.",
  "search.badDate": "تاریخ باید به شکل سال-ماه-روز میلادی باشد.",
} as const;
