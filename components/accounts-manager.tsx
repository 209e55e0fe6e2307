"use client";
// The administrators' accounts page: every account with its state and last
// sign-in; a form that creates an account and shows its one-time invitation
// link to copy and send; per account a new invitation or reset link,
// deactivation (its sessions and open editors end at once) and reactivation.
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { formatDateBoth } from "../lib/jalali-date";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { sendJson } from "./api-request";
import { FieldError, invalidProps } from "./form-parts";
import { NamedSentence } from "./named-sentence";
import { UserText } from "./user-text";

export interface AccountView {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  active: boolean;
  invited: boolean;
  lastSignInAt: string | null;
}

const linkAnswer = z.object({ link: z.object({ path: z.string() }) });
const createdAnswer = z.object({ id: z.string(), link: z.object({ path: z.string() }) });

interface IssuedLink {
  name: string;
  url: string;
  kind: "invite" | "reset";
}

export function AccountsManager({ locale, currentUserId, accounts: initial }: { locale: Locale; currentUserId: string; accounts: AccountView[] }) {
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
      answer: createdAnswer,
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

  const sendLink = async (account: AccountView, kind: "invite" | "reset"): Promise<void> => {
    setBusy(true);
    setAlert(null);
    const result = await sendJson({ method: "POST", url: `/api/admin/accounts/${account.id}/link`, body: { kind }, answer: linkAnswer, locale });
    setBusy(false);
    if (!result.ok) return setAlert(result.message);
    setIssued({ name: account.name, url: fullUrl(result.data.link.path), kind });
  };

  const setActive = async (account: AccountView, active: boolean): Promise<void> => {
    setBusy(true);
    setAlert(null);
    const result = await sendJson({ method: "PUT", url: `/api/admin/accounts/${account.id}/active`, body: { active }, answer: z.object({ active: z.boolean() }), locale });
    setBusy(false);
    if (!result.ok) return setAlert(result.message);
    setAccounts((list) => list.map((row) => (row.id === account.id ? { ...row, active } : row)));
  };

  return (
    <div className="accounts">
      {issued && (
        <section className="card notice notice--info" aria-labelledby="issued-link-title">
          <h2 id="issued-link-title" className="section-title">
            <NamedSentence template={t(issued.kind === "invite" ? "accounts.issued.invite" : "accounts.issued.reset")} name={issued.name} />
          </h2>
          <p className="muted">{t("accounts.issued.hint")}</p>
          <label htmlFor="issued-link">{t("accounts.issued.label")}</label>
          <input id="issued-link" className="issued-link" readOnly dir="ltr" value={issued.url} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(issued.url)}>
            {t("accounts.issued.copy")}
          </button>
        </section>
      )}
      {alert && (
        <p className="form__error" role="alert">
          {alert}
        </p>
      )}
      <section className="card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="section-title">
          {t("accounts.list")}
        </h2>
        <div className="table-scroll">
          <table className="members-table">
            <thead>
              <tr>
                <th scope="col">{t("accounts.column.name")}</th>
                <th scope="col">{t("accounts.column.email")}</th>
                <th scope="col">{t("accounts.column.state")}</th>
                <th scope="col">{t("accounts.column.lastSignIn")}</th>
                <th scope="col">{t("accounts.column.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <td>
                    <UserText text={account.name} />
                    {account.isAdmin && <span className="muted"> {t("accounts.admin")}</span>}
                    {account.id === currentUserId && <span className="muted"> {t("members.you")}</span>}
                  </td>
                  <td>
                    <UserText text={account.email} dir="ltr" />
                  </td>
                  <td>{t(!account.active ? "accounts.state.inactive" : account.invited ? "accounts.state.invited" : "accounts.state.active")}</td>
                  <td>{account.lastSignInAt ? formatDateBoth(new Date(account.lastSignInAt), locale, { time: true }) : t("accounts.never")}</td>
                  <td>
                    <div className="accounts__actions">
                      {account.active && (
                        <button type="button" className="button" disabled={busy} onClick={() => void sendLink(account, account.invited ? "invite" : "reset")}>
                          {t(account.invited ? "accounts.action.resend" : "accounts.action.reset")}
                        </button>
                      )}
                      <button type="button" className="button" disabled={busy} onClick={() => void setActive(account, !account.active)}>
                        {t(account.active ? "accounts.action.deactivate" : "accounts.action.reactivate")}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="new-account-heading">
        <h2 id="new-account-heading" className="section-title">
          {t("accounts.new")}
        </h2>
        <form className="form" onSubmit={(event) => void create(event)}>
          <div className="field">
            <label htmlFor="account-name">{t("setup.name")}</label>
            <input name="name" type="text" dir="auto" required {...invalidProps("account-name", errors.name)} />
            <FieldError fieldId="account-name" error={errors.name} />
          </div>
          <div className="field">
            <label htmlFor="account-email">{t("setup.email")}</label>
            <input name="email" type="email" dir="ltr" required {...invalidProps("account-email", errors.email)} />
            <FieldError fieldId="account-email" error={errors.email} />
          </div>
          <div className="field field--inline">
            <input id="account-admin" name="isAdmin" type="checkbox" />
            <label htmlFor="account-admin">{t("accounts.makeAdmin")}</label>
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("accounts.create")}
          </button>
        </form>
      </section>
    </div>
  );
}
