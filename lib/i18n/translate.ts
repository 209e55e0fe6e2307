// Looks up a UI string in the locale's catalogue and fills its {placeholders}.
import type { Locale } from "./locales";
import { en } from "./messages-en";
import { fa, type MessageKey, type Messages } from "./messages-fa";

const catalogues: Record<Locale, Messages> = { fa, en };

export type TranslateParams = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params: TranslateParams = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translator = (key: MessageKey, params?: TranslateParams) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}
