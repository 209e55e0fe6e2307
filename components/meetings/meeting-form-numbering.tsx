"use client";
// The meeting form's numbering: the session's number in its series (the
// report's header says it in words, "جلسهٔ دهم"), and the number and Jalali
// day of the letter the minutes go out under.
import type { Translator } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { FieldError, invalidProps } from "../ui/form-parts";
import { FIELD_IDS, type MeetingFormValues } from "./meeting-form-model";

type Field = "sessionNumber" | "letterNumber" | "letterDate";

const FIELDS: Array<{ field: Field; label: MessageKey; hint?: MessageKey; inputMode?: "numeric" }> = [
  { field: "sessionNumber", label: "meetingForm.sessionNumber", hint: "meetingForm.sessionNumberHint", inputMode: "numeric" },
  { field: "letterNumber", label: "meetingForm.letterNumber" },
  { field: "letterDate", label: "meetingForm.letterDate", hint: "meetingForm.letterDateHint" },
];

export function MeetingFormNumbering(props: {
  t: Translator;
  values: MeetingFormValues;
  errors: Record<string, string>;
  clearError: (fieldId: string) => void;
  onChange: (update: (previous: MeetingFormValues) => MeetingFormValues) => void;
}) {
  const { t, values, errors, clearError, onChange } = props;
  return (
    <section className="form-section card" aria-labelledby="meeting-form-numbering">
      <h2 id="meeting-form-numbering" className="section-title">
        {t("meetingForm.numbering")}
      </h2>
      {FIELDS.map(({ field, label, hint, inputMode }) => {
        const id = FIELD_IDS[field];
        const hintId = hint ? `${id}-hint` : undefined;
        return (
          <div className="field" key={field}>
            <label htmlFor={id}>{t(label)}</label>
            {hint && (
              <p id={hintId} className="field__hint">
                {t(hint)}
              </p>
            )}
            <input
              {...invalidProps(id, errors[id], hintId)}
              type="text"
              dir="auto"
              inputMode={inputMode}
              value={values[field]}
              onChange={(event) => {
                clearError(id);
                const text = event.target.value;
                onChange((previous) => ({ ...previous, [field]: text }));
              }}
            />
            <FieldError fieldId={id} error={errors[id]} />
          </div>
        );
      })}
    </section>
  );
}
