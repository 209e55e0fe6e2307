import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { translator } from "@/lib/i18n/translate";
import { requestLocale } from "../locale";
import { safeReturnPath, signedInUser } from "../signed-in-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("auth.signIn.title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await signedInUser()) redirect(returnTo);
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <section className="signin card" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("auth.signIn.title")}</h1>
      <p className="muted">{t("auth.signIn.intro")}</p>
      <SignInForm locale={locale} returnTo={returnTo} />
    </section>
  );
}
