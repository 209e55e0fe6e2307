"use client";
// The signed-in user's own account: the name others see and the interface
// language; a new password (the current one required: every other session
// ends, and this browser signs in again with the new one); sign out everywhere.
import { signIn, signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES, type Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { sendJson } from "./api-request";
import { FieldError, invalidProps } from "./form-parts";
import { NewPasswordFields } from "./new-password-fields";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function ProfileForms(props: { locale: Locale; email: string; name: string; preferred: Locale | null }) {
  const { locale, email } = props;
  const t = translator(locale);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ form: "profile" | "password"; text: string } | null>(null);
  const [alert, setAlert] = useState<{ form: "profile" | "password" | "sessions"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const saveProfile = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get("locale") ?? "");
    const preferred = (LOCALES as readonly string[]).includes(chosen) ? (chosen as Locale) : null;
    setBusy(true);
    const result = await sendJson({
      method: "PUT",
      url: "/api/account/profile",
      body: { name: String(form.get("name") ?? ""), locale: preferred },
      answer: z.object({ name: z.string() }),
      locale,
    });
    setBusy(false);
    setStatus(null);
    if (!result.ok) {
      setErrors({ name: result.fields.name });
      setAlert({ form: "profile", text: result.message });
      return;
    }
    setErrors({});
    setAlert(null);
    if (preferred) document.cookie = `${LOCALE_COOKIE}=${preferred}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    // A full load: the header shows the new name, the page the new language.
    window.location.reload();
  };

  const changePassword = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: t("password.mismatch") });
      return;
    }
    setBusy(true);
    setStatus(null);
    const result = await sendJson({
      method: "POST",
      url: "/api/account/password",
      body: { current: String(form.get("current") ?? ""), password },
      answer: z.object({ changed: z.boolean() }),
      locale,
    });
    if (!result.ok) {
      setBusy(false);
      setErrors({ current: result.fields.current, password: result.fields.password });
      setAlert(result.fields.current || result.fields.password ? null : { form: "password", text: result.message });
      return;
    }
    // Every session ended, this one too: sign in again with the new password.
    await signIn("credentials", { email, password, redirect: false });
    setBusy(false);
    formElement.reset();
    setErrors({});
    setAlert(null);
    setStatus({ form: "password", text: t("profile.passwordChanged") });
  };

  const signOutEverywhere = async (): Promise<void> => {
    setBusy(true);
    const result = await sendJson({ method: "POST", url: "/api/account/sign-out-everywhere", answer: z.object({ ended: z.boolean() }), locale });
    if (!result.ok) {
      setBusy(false);
      setAlert({ form: "sessions", text: result.message });
      return;
    }
    await signOut({ callbackUrl: "/signin" });
  };

  const alertFor = (form: "profile" | "password" | "sessions") =>
    alert?.form === form && (
      <p className="form__error" role="alert">
        {alert.text}
      </p>
    );

  return (
    <div className="profile">
      <section className="card" aria-labelledby="profile-details">
        <h2 id="profile-details" className="section-title">
          {t("profile.details")}
        </h2>
        <form className="form" onSubmit={(event) => void saveProfile(event)}>
          <div className="field">
            <label htmlFor="profile-name">{t("profile.name")}</label>
            <input name="name" type="text" dir="auto" required defaultValue={props.name} {...invalidProps("profile-name", errors.name)} />
            <FieldError fieldId="profile-name" error={errors.name} />
          </div>
          <div className="field">
            <label htmlFor="profile-locale">{t("profile.locale")}</label>
            <select id="profile-locale" name="locale" defaultValue={props.preferred ?? ""}>
              <option value="">{t("profile.locale.browser")}</option>
              {LOCALES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`locale.${option}`)}
                </option>
              ))}
            </select>
          </div>
          {alertFor("profile")}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("profile.save")}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="profile-password">
        <h2 id="profile-password" className="section-title">
          {t("profile.password")}
        </h2>
        <form className="form" onSubmit={(event) => void changePassword(event)}>
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <div className="field">
            <label htmlFor="profile-current">{t("profile.currentPassword")}</label>
            <input name="current" type="password" autoComplete="current-password" dir="ltr" required {...invalidProps("profile-current", errors.current)} />
            <FieldError fieldId="profile-current" error={errors.current} />
          </div>
          <NewPasswordFields t={t} idPrefix="profile-new" label={t("profile.newPassword")} errors={errors} />
          {alertFor("password")}
          {status?.form === "password" && (
            <p className="form__status" role="status">
              {status.text}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("profile.changePassword")}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions" className="section-title">
          {t("profile.sessions")}
        </h2>
        <p className="muted">{t("profile.sessionsHint")}</p>
        {alertFor("sessions")}
        <button type="button" className="button" disabled={busy} onClick={() => void signOutEverywhere()}>
          {t("profile.signOutEverywhere")}
        </button>
      </section>
    </div>
  );
}
