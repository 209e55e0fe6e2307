// The UI language of the current request: the locale cookie, else the one the
// signed-in user chose on their profile, else Persian.
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "../lib/i18n/locales";
import { signedInUser } from "./signed-in-user";

export async function requestLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(value)) return value;
  return (await signedInUser())?.locale ?? DEFAULT_LOCALE;
}
