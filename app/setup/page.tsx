// /setup?code=…: the first administrator's account, from the one-time link the
// server printed at its first start without accounts.
import type { Metadata } from "next";
import { SetupForm } from "@/components/accounts/setup-form";
import { translator } from "@/lib/i18n/translate";
import { getServices } from "@/server/services";
import { requestLocale } from "../locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("setup.title") };
}

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = (await searchParams).code;
  const locale = await requestLocale();
  const t = translator(locale);
  const { db, setup } = getServices();
  const usable = typeof code === "string" && setup?.matches(code) === true;
  const problem = usable ? null : (await db.user.count()) > 0 ? t("setup.alreadyDone") : t("setup.linkInvalid");
  return (
    <section className="signin card" aria-labelledby="setup-title">
      <h1 id="setup-title">{t("setup.title")}</h1>
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <p className="muted">{t("setup.intro")}</p>
          <SetupForm locale={locale} code={String(code)} />
        </>
      )}
    </section>
  );
}
