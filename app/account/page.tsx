// /account: the signed-in user's own account (name, language, password, sessions).
import type { Metadata } from "next";
import { ProfileForms } from "@/components/accounts/profile-forms";
import { translator } from "@/lib/i18n/translate";
import { requestLocale } from "../locale";
import { requireSignedIn } from "../signed-in-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("profile.title") };
}

export default async function ProfilePage() {
  const user = await requireSignedIn("/account");
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <>
      <h1>{t("profile.title")}</h1>
      <ProfileForms locale={locale} email={user.email} name={user.name} preferred={user.locale} />
    </>
  );
}
