// A form's errors as every Kateb form shows them: each message beside the
// field it names (by the element id the form maps the message's path to),
// the rest in the alert above the form, and the focus on the first field in
// error once React has drawn it. The same for the form's own check (zod
// message keys, translated here) and for the API's refusal (sentences
// already in the user's language).
import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { fieldMessages } from "@/lib/validation/field-messages";

export interface FormAlertState {
  summary: string | null;
  details: string[];
}

/** The element id a message's path ("guests.0.name") belongs to, or null for the alert. */
export type PlaceOf = (path: string) => string | null;

const NO_ALERT: FormAlertState = { summary: null, details: [] };
const INVALID = ["input", "select", "textarea"].map((tag) => `${tag}[aria-invalid="true"]`).join(", ");

/** Moves the focus to an element after the next render (one that a state change just drew). */
export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current) {
      document.getElementById(pending.current)?.focus();
      pending.current = null;
    }
  });
  return useCallback((elementId: string) => {
    pending.current = elementId;
  }, []);
}

/** The messages of a failed parse, translated, by path. */
export function translatedFields(locale: Locale, error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldMessages(error)).map(([path, key]) => [path, translate(locale, key)]));
}

export function useFormErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<FormAlertState>(NO_ALERT);
  const focusInvalid = useRef(false);

  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLElement>(INVALID)?.focus();
  });

  /** Places each message by its path; `summary` heads the alert (null: only the unplaced messages). */
  const show = useCallback((fields: Record<string, string>, placeOf: PlaceOf, summary: string | null): void => {
    const placed: Record<string, string> = {};
    const details: string[] = [];
    for (const [path, text] of Object.entries(fields)) {
      const fieldId = placeOf(path);
      if (fieldId) placed[fieldId] ??= text;
      else if (!details.includes(text)) details.push(text);
    }
    setErrors(placed);
    setAlert({ summary, details });
    focusInvalid.current = true;
  }, []);

  const clearError = useCallback((fieldId: string): void => {
    setErrors((previous) =>
      fieldId in previous ? Object.fromEntries(Object.entries(previous).filter(([id]) => id !== fieldId)) : previous,
    );
  }, []);

  const clear = useCallback((): void => {
    setErrors({});
    setAlert(NO_ALERT);
  }, []);

  return { formRef, errors, alert, show, clearError, clear };
}
