"use client";
// Creates a series (its creator organizes it); it starts with the ten default
// proposal categories, which its page then edits.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { seriesView } from "@/lib/contracts/series";
import type { Locale } from "@/lib/i18n/locales";
import { translate, translator } from "@/lib/i18n/translate";
import { fieldMessages } from "@/lib/validation/field-messages";
import { safeParseInput } from "@/lib/validation/parse-input";
import { createSeriesSchema } from "@/lib/validation/series";
import { sendJson } from "../ui/api-request";
import { FieldError, FormAlert, invalidProps } from "../ui/form-parts";

const TITLE_ID = "series-new-title";
const HINT_ID = "series-new-title-hint";

export function SeriesCreateForm({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<{ summary: string | null; details: string[] }>({ summary: null, details: [] });
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const body = { title };
    const checked = safeParseInput(createSeriesSchema, body);
    if (!checked.success) {
      const key = fieldMessages(checked.error).title ?? "invalid.value";
      setError(translate(locale, key));
      setAlert({ summary: t("form.checkFields"), details: [] });
      document.getElementById(TITLE_ID)?.focus();
      return;
    }
    setPending(true);
    const result = await sendJson({ method: "POST", url: "/api/series", body, answer: seriesView, locale });
    if (result.ok) {
      router.push(`/series/${encodeURIComponent(result.data.id)}`);
      return;
    }
    setPending(false);
    const { title: titleError, ...others } = result.fields;
    setError(titleError);
    setAlert({ summary: result.message, details: Object.values(others) });
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert summary={alert.summary} details={alert.details} />
      <div className="field">
        <label htmlFor={TITLE_ID}>{t("seriesPage.titleLabel")}</label>
        <input
          {...invalidProps(TITLE_ID, error, HINT_ID)}
          type="text"
          dir="auto"
          value={title}
          onChange={(event) => {
            setError(undefined);
            setTitle(event.target.value);
          }}
        />
        <p id={HINT_ID} className="field__hint">
          {t("seriesPage.titleHint")}
        </p>
        <FieldError fieldId={TITLE_ID} error={error} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("form.saving") : t("seriesPage.create")}
        </button>
      </div>
    </form>
  );
}
