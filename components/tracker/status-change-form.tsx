"use client";
// The organizer's form to move a tracked item to another status, with a note
// and optional evidence, and to assign its responsible body (a proposal comes
// without one) and its Jalali due date; only what changed is sent. The server
// enforces the rules and says why it refuses.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { trackedItemWithHistory } from "@/lib/contracts/tracker";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { TRACKER_STATUSES, type TrackerStatus } from "@/lib/tracker-status";
import { sendJson } from "../ui/api-request";
import { FormAlert } from "../ui/form-parts";

interface StatusChangeFormProps {
  locale: Locale;
  itemId: string;
  status: TrackerStatus;
  /** The series' responsible bodies, and the item's ("" for none). */
  bodies: ReadonlyArray<{ id: string; name: string }>;
  bodyId: string;
  /** The due date as typed in Jalali ("" for none). */
  due: string;
}

interface Values {
  status: TrackerStatus;
  bodyId: string;
  due: string;
  note: string;
  evidence: string;
  evidenceLink: string;
}

/** What the form sends: the status, body and due date only when they changed. */
function changeBody(values: Values, props: StatusChangeFormProps) {
  const { status, bodyId, due, note, evidence, evidenceLink } = values;
  return {
    ...(status !== props.status ? { status } : {}),
    ...(bodyId !== props.bodyId ? { responsibleBodyId: bodyId || null } : {}),
    ...(due.trim() !== props.due ? { due: due.trim() } : {}),
    note,
    evidence,
    evidenceLink,
  };
}

export function StatusChangeForm(props: StatusChangeFormProps) {
  const t = translator(props.locale);
  const router = useRouter();
  const [values, setValues] = useState<Values>({ status: props.status, bodyId: props.bodyId, due: props.due, note: "", evidence: "", evidenceLink: "" });
  const [error, setError] = useState<{ summary: string; details: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = (name: string): string => `item-${props.itemId}-${name}`;
  const set =
    <K extends keyof Values>(field: K) =>
    (value: Values[K]) =>
      setValues((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const url = `/api/tracker/${encodeURIComponent(props.itemId)}`;
    const result = await sendJson({ method: "PATCH", url, body: changeBody(values, props), answer: trackedItemWithHistory, locale: props.locale });
    setBusy(false);
    if (!result.ok) return setError({ summary: result.message, details: Object.values(result.fields) });
    setError(null);
    setSaved(true);
    setValues((previous) => ({ ...previous, note: "", evidence: "", evidenceLink: "" }));
    router.refresh();
  }

  return (
    <details>
      <summary>{t("tracker.change.heading")}</summary>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert summary={error?.summary ?? null} details={error?.details ?? []} />
        <ChoiceFields t={t} id={id} values={values} bodies={props.bodies} set={set} />
        <div className="field">
          <label htmlFor={id("due")}>{t("blocks.followUp.due")}</label>
          <input
            id={id("due")}
            dir="ltr"
            inputMode="numeric"
            placeholder={t("blocks.followUp.duePlaceholder")}
            value={values.due}
            onChange={(event) => set("due")(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id("note")}>{t("tracker.change.note")}</label>
          <textarea id={id("note")} dir="auto" value={values.note} onChange={(event) => set("note")(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("evidence")}>{t("tracker.change.evidence")}</label>
          <input id={id("evidence")} dir="auto" value={values.evidence} onChange={(event) => set("evidence")(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("link")}>{t("tracker.change.evidenceLink")}</label>
          <input id={id("link")} dir="ltr" type="url" value={values.evidenceLink} onChange={(event) => set("evidenceLink")(event.target.value)} />
        </div>
        <div className="form__actions">
          <button className="button button--primary button--small" type="submit" disabled={busy}>
            {t("tracker.change.submit")}
          </button>
          {saved && (
            <p className="form__status" role="status">
              {t("tracker.change.saved")}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}

/** The new status and the responsible body. */
function ChoiceFields(props: {
  t: Translator;
  id: (name: string) => string;
  values: Values;
  bodies: StatusChangeFormProps["bodies"];
  set: <K extends keyof Values>(field: K) => (value: Values[K]) => void;
}) {
  const { t, id, values, set } = props;
  return (
    <>
      <div className="field">
        <label htmlFor={id("status")}>{t("tracker.change.status")}</label>
        <select
          id={id("status")}
          value={values.status}
          onChange={(event) => {
            const chosen = TRACKER_STATUSES.find((option) => option === event.target.value);
            if (chosen) set("status")(chosen);
          }}
        >
          {TRACKER_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`tracker.status.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("body")}>{t("tracker.column.body")}</label>
        <select id={id("body")} value={values.bodyId} onChange={(event) => set("bodyId")(event.target.value)}>
          <option value="">{t("tracker.dashboard.noBody")}</option>
          {props.bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
