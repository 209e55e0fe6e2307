"use client";
// Email and password, checked by next-auth's "credentials" provider.
import { signIn } from "next-auth/react";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { throttledMinutes } from "@/lib/sign-in-errors";

const noSubscription = (): (() => void) => () => undefined;

export function SignInForm({ locale, returnTo }: { locale: Locale; returnTo: string }) {
  const t = translator(locale);
  const [pending, setPending] = useState(false);
  // False in the server's HTML and until React has hydrated the form: a submit
  // before then would be the browser's own POST to /signin, which signs no one
  // in and clears the fields without a word.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [error, setError] = useState<{ key: MessageKey; minutes?: number } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full load, so that the header and every server component see the new session.
        window.location.assign(returnTo);
        return;
      }
      const minutes = throttledMinutes(result?.error);
      if (minutes !== null) setError({ key: "auth.signIn.throttled", minutes });
      else setError({ key: result?.error === "CredentialsSignin" ? "auth.signIn.failed" : "auth.signIn.unavailable" });
    } catch {
      setError({ key: "auth.signIn.unavailable" });
    }
    setPending(false);
  };

  return (
    <form className="form" method="post" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="signin-email">{t("auth.email")}</label>
        <input id="signin-email" name="email" type="email" autoComplete="username" dir="ltr" required />
      </div>
      <div className="field">
        <label htmlFor="signin-password">{t("auth.password")}</label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" dir="ltr" required />
      </div>
      {error && (
        <p className="form__error" role="alert">
          {t(error.key, error.minutes === undefined ? undefined : { minutes: formatInteger(error.minutes, locale) })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={pending || !hydrated}>
        {pending ? t("auth.signIn.pending") : t("auth.signIn.submit")}
      </button>
    </form>
  );
}
