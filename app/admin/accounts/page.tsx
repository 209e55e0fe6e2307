// /admin/accounts: administrators manage the organisation's accounts.
// Anyone else gets the not-found page (the page's existence is no secret, but
// there is nothing here for them).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountsManager } from "@/components/accounts/accounts-manager";
import { isAppError } from "@/lib/app-error";
import { accountList } from "@/lib/contracts/accounts";
import { translator } from "@/lib/i18n/translate";
import { listAccounts } from "@/server/accounts/manage-accounts";
import { getServices } from "@/server/services";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("accounts.title") };
}

export default async function AccountsPage() {
  const user = await requireSignedIn("/admin/accounts");
  const locale = await requestLocale();
  const t = translator(locale);
  const listed = await listAccounts(getServices().db, user.id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "forbidden") notFound();
    throw error;
  });
  return (
    <>
      <h1>{t("accounts.title")}</h1>
      <AccountsManager
        locale={locale}
        currentUserId={user.id}
        accounts={accountList.parse({ accounts: listed }).accounts}
      />
    </>
  );
}
