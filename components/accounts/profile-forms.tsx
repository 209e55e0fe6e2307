"use client";
// The signed-in user's own account: the name others see and the interface
// language; a new password (the current one required: every other session
// ends, and this browser signs in again with the new one); sign out everywhere.
import { signIn, signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { passwordChanged, profile, sessionsEnded } from "@/lib/contracts/accounts";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { sendJson } from "../ui/api-request";
import { FieldError, invalidProps } from "../ui/form-parts";
import { NewPasswordFields } from "./new-password-fields";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

type Props = { locale: Locale; email: string; name: string; preferred: Locale | null };

/** The API's sentence for a form that did not go through. */
function FormFailure({ text }: { text: string | null }) {
  return (
    text && (
      <p className="form__error" role="alert">
        {text}
      </p>
    )
  );
}

export function ProfileForms(props: Props) {
  const t = translator(props.locale);
  return (
    <div className="profile">
      <ProfileDetails t={t} {...props} />
      <PasswordForm t={t} {...props} />
      <SignOutEverywhere t={t} {...props} />
    </div>
  );
}

function ProfileDetails({ t, locale, name, preferred: initial }: Props & { t: Translator }) {
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

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
      answer: profile,
      locale,
    });
    setBusy(false);
    setError(result.ok ? undefined : result.fields.name);
    setAlert(result.ok ? null : result.message);
    if (!result.ok) return;
    if (preferred) document.cookie = `${LOCALE_COOKIE}=${preferred}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    // A full load: the header shows the new name, the page the new language.
    window.location.reload();
  };

  return (
    <section className="card" aria-labelledby="profile-details">
      <h2 id="profile-details" className="section-title">
        {t("profile.details")}
      </h2>
      <form className="form" onSubmit={(event) => void saveProfile(event)}>
        <div className="field">
          <label htmlFor="profile-name">{t("profile.name")}</label>
          <input name="name" type="text" dir="auto" required defaultValue={name} {...invalidProps("profile-name", error)} />
          <FieldError fieldId="profile-name" error={error} />
        </div>
        <div className="field">
          <label htmlFor="profile-locale">{t("profile.locale")}</label>
          <select id="profile-locale" name="locale" defaultValue={initial ?? ""}>
            <option value="">{t("profile.locale.browser")}</option>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`locale.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <FormFailure text={alert} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("profile.save")}
        </button>
      </form>
    </section>
  );
}

function PasswordForm({ t, locale, email }: Props & { t: Translator }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const changePassword = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) return setErrors({ confirm: t("password.mismatch") });
    setBusy(true);
    setStatus(null);
    const body = { current: String(form.get("current") ?? ""), password };
    const result = await sendJson({ method: "POST", url: "/api/account/password", body, answer: passwordChanged, locale });
    if (!result.ok) {
      setBusy(false);
      setErrors({ current: result.fields.current, password: result.fields.password });
      setAlert(result.fields.current || result.fields.password ? null : result.message);
      return;
    }
    // Every session ended, this one too: sign in again with the new password.
    await signIn("credentials", { email, password, redirect: false });
    setBusy(false);
    formElement.reset();
    setErrors({});
    setAlert(null);
    setStatus(t("profile.passwordChanged"));
  };

  return (
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
        <FormFailure text={alert} />
        {status && (
          <p className="form__status" role="status">
            {status}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("profile.changePassword")}
        </button>
      </form>
    </section>
  );
}

function SignOutEverywhere({ t, locale }: Props & { t: Translator }) {
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const signOutEverywhere = async (): Promise<void> => {
    setBusy(true);
    const result = await sendJson({ method: "POST", url: "/api/account/sign-out-everywhere", answer: sessionsEnded, locale });
    if (!result.ok) {
      setBusy(false);
      setAlert(result.message);
      return;
    }
    await signOut({ callbackUrl: "/signin" });
  };
  return (
    <section className="card" aria-labelledby="profile-sessions">
      <h2 id="profile-sessions" className="section-title">
        {t("profile.sessions")}
      </h2>
      <p className="muted">{t("profile.sessionsHint")}</p>
      <FormFailure text={alert} />
      <button type="button" className="button" disabled={busy} onClick={() => void signOutEverywhere()}>
        {t("profile.signOutEverywhere")}
      </button>
    </section>
  );
}
