import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { NotificationsMenu } from "../comments/notifications-menu";
import { SearchBox } from "../search/search-box";
import { LocaleSwitcher } from "./locale-switcher";
import { NamedSentence } from "./named-sentence";
import { SignOutButton } from "../accounts/sign-out-button";

export function SiteHeader({ locale, userName, isAdmin = false }: { locale: Locale; userName: string | null; isAdmin?: boolean }) {
  const t = translator(locale);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__name">{t("app.name")}</span>
          <span className="brand__tagline">{t("app.tagline")}</span>
        </Link>
        {userName !== null && (
          <nav className="site-nav" aria-label={t("nav.main")}>
            <Link href="/">{t("nav.meetings")}</Link>
            <Link href="/series">{t("nav.series")}</Link>
            {isAdmin && <Link href="/admin/accounts">{t("nav.accounts")}</Link>}
          </nav>
        )}
        <div className="site-header__tools">
          {userName !== null && <SearchBox locale={locale} />}
          <LocaleSwitcher locale={locale} />
          {userName !== null && <NotificationsMenu locale={locale} />}
          {userName !== null && (
            <div className="account">
              <Link href="/account" className="account__name"><NamedSentence template={t("auth.signedInAs")} name={userName} /></Link>
              <SignOutButton label={t("auth.signOut")} />
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
