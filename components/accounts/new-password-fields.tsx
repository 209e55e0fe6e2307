// A new password and its repetition, with the policy's hint and each field's
// sentence: the same two fields on the setup, password-link and profile forms.
import type { Translator } from "@/lib/i18n/translate";
import { FieldError, invalidProps } from "../ui/form-parts";

export function NewPasswordFields(props: {
  t: Translator;
  idPrefix: string;
  label: string;
  errors: { password?: string; confirm?: string };
}) {
  const { t, idPrefix, errors } = props;
  const passwordId = `${idPrefix}-password`;
  const confirmId = `${idPrefix}-confirm`;
  return (
    <>
      <div className="field">
        <label htmlFor={passwordId}>{props.label}</label>
        <input name="password" type="password" autoComplete="new-password" dir="ltr" required {...invalidProps(passwordId, errors.password, `${passwordId}-hint`)} />
        <p id={`${passwordId}-hint`} className="muted">
          {t("setup.passwordHint")}
        </p>
        <FieldError fieldId={passwordId} error={errors.password} />
      </div>
      <div className="field">
        <label htmlFor={confirmId}>{t("setup.confirm")}</label>
        <input name="confirm" type="password" autoComplete="new-password" dir="ltr" required {...invalidProps(confirmId, errors.confirm)} />
        <FieldError fieldId={confirmId} error={errors.confirm} />
      </div>
    </>
  );
}
