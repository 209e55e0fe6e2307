"use client";
// The administrators' accounts page: every account with its state and last
// sign-in; a form that creates an account and shows its one-time invitation
// link to copy and send; per account a new invitation or reset link,
// deactivation (its sessions and open editors end at once) and reactivation.
import { useState, type FormEvent } from "react";
import { accountActive, createdAccount, sentAccountLink, type AccountRow } from "@/lib/contracts/accounts";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { sendJson, type ApiResult } from "../ui/api-request";
import { AccountsTable, IssuedLinkNotice, NewAccountForm, type IssuedLink } from "./accounts-parts";

export function AccountsManager({ locale, currentUserId, accounts: initial }: { locale: Locale; currentUserId: string; accounts: AccountRow[] }) {
  const t = translator(locale);
  const [accounts, setAccounts] = useState(initial);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [busy, setBusy] = useState(false);

  const fullUrl = (path: string): string => `${window.location.origin}${path}`;

  const create = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get("name") ?? "");
    const email = String(form.get("email") ?? "");
    setBusy(true);
    setAlert(null);
    const result = await sendJson({
      method: "POST",
      url: "/api/admin/accounts",
      body: { name, email, isAdmin: form.get("isAdmin") === "on" },
      answer: createdAccount,
      locale,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors({ name: result.fields.name, email: result.fields.email });
      setAlert(result.message);
      return;
    }
    setErrors({});
    formElement.reset();
    setAccounts((list) => [
      ...list,
      { id: result.data.id, name, email: email.trim().toLowerCase(), isAdmin: form.get("isAdmin") === "on", active: true, invited: true, lastSignInAt: null },
    ]);
    setIssued({ name, url: fullUrl(result.data.link.path), kind: "invite" });
  };

  /** One request; the API's sentence above the table when it refuses. */
  const request = async <T,>(send: () => Promise<ApiResult<T>>): Promise<T | null> => {
    setBusy(true);
    setAlert(null);
    const result = await send();
    setBusy(false);
    if (!result.ok) setAlert(result.message);
    return result.ok ? result.data : null;
  };
  const sendLink = async (account: AccountRow, kind: "invite" | "reset"): Promise<void> => {
    const url = `/api/admin/accounts/${account.id}/link`;
    const data = await request(() => sendJson({ method: "POST", url, body: { kind }, answer: sentAccountLink, locale }));
    if (data) setIssued({ name: account.name, url: fullUrl(data.link.path), kind });
  };
  const setActive = async (account: AccountRow, active: boolean): Promise<void> => {
    const url = `/api/admin/accounts/${account.id}/active`;
    const data = await request(() => sendJson({ method: "PUT", url, body: { active }, answer: accountActive, locale }));
    if (data) setAccounts((list) => list.map((row) => (row.id === account.id ? { ...row, active } : row)));
  };

  return (
    <div className="accounts">
      {issued && <IssuedLinkNotice t={t} issued={issued} />}
      {alert && (
        <p className="form__error" role="alert">
          {alert}
        </p>
      )}
      <AccountsTable
        t={t}
        locale={locale}
        accounts={accounts}
        currentUserId={currentUserId}
        busy={busy}
        actions={{ sendLink: (account, kind) => void sendLink(account, kind), setActive: (account, active) => void setActive(account, active) }}
      />
      <NewAccountForm t={t} errors={errors} busy={busy} onCreate={create} />
    </div>
  );
}
