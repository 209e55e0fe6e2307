"use client";
// The first administrator's name, email and password (twice), sent with the
// setup link's code. Field sentences come from the server, in the user's language.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { firstAdmin } from "@/lib/contracts/accounts";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { sendJson } from "../ui/api-request";

export function SetupForm({ locale, code }: { locale: Locale; code: string }) {
  const t = translator(locale);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setFields({ confirm: t("password.mismatch") });
      setError(null);
      return;
    }
    setPending(true);
    const result = await sendJson({
      method: "POST",
      url: "/api/setup",
      body: { code, name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password },
      answer: firstAdmin,
      locale,
    });
    setPending(false);
    if (result.ok) {
      setDone(true);
      return;
    }
    setError(result.message);
    setFields(result.fields);
  };

  if (done) {
    return (
      <p role="status">
        {t("setup.done")} <Link href="/signin">{t("setup.signIn")}</Link>
      </p>
    );
  }
  const field = (name: string, label: string, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`setup-${name}`}>{label}</label>
      <input
        id={`setup-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        dir={type === "text" ? "auto" : "ltr"}
        required
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={fields[name] || hint ? `setup-${name}-note` : undefined}
      />
      {(fields[name] ?? hint) && (
        <p id={`setup-${name}-note`} className={fields[name] ? "form__error" : "muted"}>
          {fields[name] ?? hint}
        </p>
      )}
    </div>
  );
  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      {field("name", t("setup.name"), "text", "name")}
      {field("email", t("setup.email"), "email", "username")}
      {field("password", t("setup.password"), "password", "new-password", t("setup.passwordHint"))}
      {field("confirm", t("setup.confirm"), "password", "new-password")}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("setup.pending") : t("setup.submit")}
      </button>
    </form>
  );
}
