"use client";
// The parts of the administrators' accounts page: the link just issued (to
// copy and send), the table of accounts with each one's actions, and the form
// that creates an account.
import type { FormEvent } from "react";
import type { AccountRow } from "@/lib/contracts/accounts";
import { formatDateBoth } from "@/lib/jalali-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { FieldError, invalidProps } from "../ui/form-parts";
import { NamedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";

export interface IssuedLink {
  name: string;
  url: string;
  kind: "invite" | "reset";
}

export interface AccountActions {
  sendLink: (account: AccountRow, kind: "invite" | "reset") => void;
  setActive: (account: AccountRow, active: boolean) => void;
}

export function IssuedLinkNotice({ t, issued }: { t: Translator; issued: IssuedLink }) {
  return (
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
  );
}

export function AccountsTable(props: {
  t: Translator;
  locale: Locale;
  accounts: readonly AccountRow[];
  currentUserId: string;
  busy: boolean;
  actions: AccountActions;
}) {
  const { t, locale, accounts, currentUserId, busy, actions } = props;
  return (
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
              <AccountTableRow key={account.id} t={t} locale={locale} account={account} isYou={account.id === currentUserId} busy={busy} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AccountTableRow(props: { t: Translator; locale: Locale; account: AccountRow; isYou: boolean; busy: boolean; actions: AccountActions }) {
  const { t, locale, account, isYou, busy, actions } = props;
  return (
    <tr>
      <td>
        <UserText text={account.name} />
        {account.isAdmin && <span className="muted"> {t("accounts.admin")}</span>}
        {isYou && <span className="muted"> {t("members.you")}</span>}
      </td>
      <td>
        <UserText text={account.email} dir="ltr" />
      </td>
      <td>{t(!account.active ? "accounts.state.inactive" : account.invited ? "accounts.state.invited" : "accounts.state.active")}</td>
      <td>{account.lastSignInAt ? formatDateBoth(new Date(account.lastSignInAt), locale, { time: true }) : t("accounts.never")}</td>
      <td>
        <div className="accounts__actions">
          {account.active && (
            <button type="button" className="button" disabled={busy} onClick={() => actions.sendLink(account, account.invited ? "invite" : "reset")}>
              {t(account.invited ? "accounts.action.resend" : "accounts.action.reset")}
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => actions.setActive(account, !account.active)}>
            {t(account.active ? "accounts.action.deactivate" : "accounts.action.reactivate")}
          </button>
        </div>
      </td>
    </tr>
  );
}

export function NewAccountForm(props: {
  t: Translator;
  errors: { name?: string; email?: string };
  busy: boolean;
  onCreate: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}) {
  const { t, errors, busy } = props;
  return (
    <section className="card" aria-labelledby="new-account-heading">
      <h2 id="new-account-heading" className="section-title">
        {t("accounts.new")}
      </h2>
      <form className="form" onSubmit={(event) => void props.onCreate(event)}>
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
  );
}
