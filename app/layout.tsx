import type { Metadata } from "next";
import type { ReactNode } from "react";
import "vazirmatn/Vazirmatn-Variable-font-face.css";
// One stylesheet per area, in cascade order: a later file may refine an earlier one.
import "./globals.css";
import "./controls.css";
import "./meeting-list.css";
import "./meeting-page.css";
import "./attendance.css";
import "./minutes-editor.css";
import "./pages.css";
import "./series.css";
import "./forms.css";
import "./members.css";
import "./editor-toolbars.css";
import "./block-cards.css";
import "./tracker.css";
import "./lifecycle.css";
import "./versions.css";
import "./approvals.css";
import "./diff.css";
import "./accounts.css";
import "./comments.css";
import "./comment-marks.css";
import "./notifications.css";
import "./kept-edits.css";
import "./search.css";
import { SiteHeader } from "../components/ui/site-header";
import { direction } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { requestLocale } from "./locale";
import { signedInUser } from "./signed-in-user";
import { hasDemoPasswords } from "../server/accounts/demo-passwords";
import { getServices } from "../server/services";

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.tagline"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const user = await signedInUser();
  const t = translator(locale);
  const demo = await hasDemoPasswords(getServices().db);
  return (
    <html lang={locale} dir={direction(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        {demo && (
          <p className="demo-bar" role="note">
            {t("demo.banner")}
          </p>
        )}
        <SiteHeader locale={locale} userName={user?.name ?? null} isAdmin={user?.isAdmin ?? false} />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
