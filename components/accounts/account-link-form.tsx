"use client";
// The holder of an invitation or reset link chooses a password (twice). The
// server's sentences (too short, too common, the link no longer works) are shown.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { redeemedLink } from "@/lib/contracts/accounts";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { sendJson } from "../ui/api-request";
import { NewPasswordFields } from "./new-password-fields";

export function AccountLinkForm({ locale, token }: { locale: Locale; token: string }) {
  const t = translator(locale);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setAlert(null);
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: t("password.mismatch") });
      return;
    }
    setPending(true);
    const result = await sendJson({ method: "POST", url: "/api/account/link", body: { token, password }, answer: redeemedLink, locale });
    setPending(false);
    if (result.ok) {
      setDone(true);
      return;
    }
    setErrors({ password: result.fields.password });
    setAlert(result.fields.password ? null : result.message);
  };

  if (done) {
    return (
      <p role="status">
        {t("accounts.link.done")} <Link href="/signin">{t("setup.signIn")}</Link>
      </p>
    );
  }
  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <NewPasswordFields t={t} idPrefix="link" label={t("setup.password")} errors={errors} />
      {alert && (
        <p className="form__error" role="alert">
          {alert}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("setup.pending") : t("accounts.link.submit")}
      </button>
    </form>
  );
}
