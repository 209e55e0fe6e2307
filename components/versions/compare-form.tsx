// Choose two versions to compare: a plain GET form, so it works before (and
// without) any script.
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";

export function CompareForm(props: { meetingId: string; locale: Locale; numbers: readonly number[]; from: number; to: number }) {
  const { locale, numbers } = props;
  const t = translator(locale);
  const ascending = [...numbers].sort((a, b) => a - b);
  const options = ascending.map((number) => (
    <option key={number} value={number}>
      {t("versions.version", { version: formatInteger(number, locale) })}
    </option>
  ));
  return (
    <form
      className="card compare-form"
      method="get"
      action={`/meetings/${encodeURIComponent(props.meetingId)}/versions/compare`}
      aria-labelledby="compare-form-title"
    >
      <h2 id="compare-form-title" className="section-title">
        {t("compare.formTitle")}
      </h2>
      <div className="compare-form__fields">
        <div className="field">
          <label htmlFor="compare-from">{t("compare.from")}</label>
          <select id="compare-from" name="from" defaultValue={String(props.from)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-to">{t("compare.to")}</label>
          <select id="compare-to" name="to" defaultValue={String(props.to)}>
            {options}
          </select>
        </div>
        <button type="submit" className="button compare-form__submit">
          {t("compare.submit")}
        </button>
      </div>
    </form>
  );
}
