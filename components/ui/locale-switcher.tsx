"use client";
// Switches the UI language: writes the locale cookie the server reads, then
// re-renders the page on the server.
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

export function LocaleSwitcher({ locale }: { locale: Locale }) {
  const router = useRouter();
  const t = translator(locale);
  const choose = (next: Locale): void => {
    if (next === locale) return;
    rememberLocale(next);
    router.refresh();
  };
  return (
    <div className="locale-switcher" role="group" aria-label={t("locale.switcher")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => choose(option)}
        >
          {t(`locale.${option}`)}
        </button>
      ))}
    </div>
  );
}
