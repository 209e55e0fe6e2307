// /account/link?token=…: an invitation (set a first password) or a password
// reset, from a one-time link an administrator sent.
import type { Metadata } from "next";
import { AccountLinkForm } from "@/components/accounts/account-link-form";
import { NamedSentence } from "@/components/ui/named-sentence";
import { UserText } from "@/components/ui/user-text";
import { translator } from "@/lib/i18n/translate";
import { readAccountLink } from "@/server/accounts/account-links";
import { getServices } from "@/server/services";
import { requestLocale } from "@/app/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("accounts.link.title") };
}

export default async function AccountLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const locale = await requestLocale();
  const t = translator(locale);
  const holder = typeof token === "string" && token.length <= 200 ? await readAccountLink(getServices().db, token) : null;
  return (
    <section className="signin card" aria-labelledby="link-title">
      <h1 id="link-title">{t("accounts.link.title")}</h1>
      {holder && typeof token === "string" ? (
        <>
          <p className="muted">
            <NamedSentence template={t(holder.kind === "invite" ? "accounts.link.invite" : "accounts.link.reset")} name={holder.name} />{" "}
            <UserText text={holder.email} dir="ltr" />
          </p>
          <AccountLinkForm locale={locale} token={token} />
        </>
      ) : (
        <p className="form__error" role="alert">
          {t("accounts.linkInvalid")}
        </p>
      )}
    </section>
  );
}
