"use client";
// The organizer's form that adds an existing account to the meeting by email
// (with the directory's suggestions) and gives it a role. The API's refusals
// ("already a member", an unknown email) show beside the field they name.
import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { ROLES, roleSchema, type Role } from "@/lib/roles";
import { addMemberSchema } from "@/lib/validation/membership";
import { safeParseInput } from "@/lib/validation/parse-input";
import type { ApiResult } from "../ui/api-request";
import { DirectorySuggestions } from "../accounts/directory-suggestions";
import { FieldError, FormAlert, invalidProps } from "../ui/form-parts";
import { translatedFields, useFocusAfterRender, useFormErrors, type PlaceOf } from "../ui/use-form-errors";
import { useDirectory } from "../accounts/use-directory";

const EMAIL_ID = "member-email";
const ROLE_ID = "member-role";
const placeOf: PlaceOf = (path) => (path === "email" ? EMAIL_ID : path === "role" ? ROLE_ID : null);

export function AddMemberForm(props: {
  t: Translator;
  locale: Locale;
  busy: boolean;
  /** Those already members, left out of the suggestions. */
  memberIds: string[];
  onStart: () => void;
  /** Sends the new member; the API's answer. */
  add: (member: { email: string; role: Role }) => Promise<ApiResult<unknown>>;
}) {
  const { t, locale, busy } = props;
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("note-taker");
  const { formRef, errors, alert, show, clearError, clear } = useFormErrors();
  const focusAfterRender = useFocusAfterRender();

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    props.onStart();
    const checked = safeParseInput(addMemberSchema, { email, role });
    if (!checked.success) return show(translatedFields(locale, checked.error), placeOf, null);
    const result = await props.add(checked.data);
    if (!result.ok) {
      const onAField = Object.keys(result.fields).some((path) => placeOf(path) !== null);
      return show(result.fields, placeOf, onAField ? null : result.message);
    }
    clear();
    setEmail("");
    focusAfterRender(EMAIL_ID);
  };

  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title" className="section-title">
        {t("members.addTitle")}
      </h2>
      <p className="muted">{t("members.addIntro")}</p>
      <form ref={formRef} className="form add-member" noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert summary={alert.summary} details={alert.details} />
        <div className="add-member__fields">
          <EmailField
            t={t}
            email={email}
            error={errors[EMAIL_ID]}
            memberIds={props.memberIds}
            onEmail={(value) => {
              setEmail(value);
              clearError(EMAIL_ID);
            }}
          />
          <div className="field">
            <label htmlFor={ROLE_ID}>{t("members.role")}</label>
            <select
              {...invalidProps(ROLE_ID, errors[ROLE_ID])}
              value={role}
              onChange={(event) => {
                const parsed = roleSchema.safeParse(event.target.value);
                if (parsed.success) setRole(parsed.data);
              }}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
            <FieldError fieldId={ROLE_ID} error={errors[ROLE_ID]} />
          </div>
          <div className="add-member__submit">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t("members.add")}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

/** The new member's email, with the directory's accounts that match what is typed. */
function EmailField(props: { t: Translator; email: string; error: string | undefined; memberIds: string[]; onEmail: (email: string) => void }) {
  const { t, email, error, onEmail } = props;
  const suggestions = useDirectory(email, props.memberIds);
  return (
    <div className="field">
      <label htmlFor={EMAIL_ID}>{t("members.email")}</label>
      <input
        {...invalidProps(EMAIL_ID, error)}
        type="email"
        dir="ltr"
        autoComplete="off"
        value={email}
        onChange={(event) => onEmail(event.target.value)}
      />
      <FieldError fieldId={EMAIL_ID} error={error} />
      <DirectorySuggestions
        entries={suggestions}
        t={t}
        onPick={(entry) => {
          onEmail(entry.email);
          document.getElementById(ROLE_ID)?.focus();
        }}
      />
    </div>
  );
}
