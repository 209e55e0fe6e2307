"use client";
// The organizer's form to move a tracked item to another status, with a note
// and optional evidence, and to assign its responsible body (a proposal comes
// without one) and its Jalali due date; only what changed is sent. The server
// enforces the rules and says why it refuses.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { TRACKER_STATUSES, type TrackerStatus } from "@/lib/tracker-status";
import { sendJson } from "../api-request";
import { FormAlert } from "../form-parts";

const answer = z.object({ status: z.string() });

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

export function StatusChangeForm(props: StatusChangeFormProps) {
  const t = translator(props.locale);
  const router = useRouter();
  const [status, setStatus] = useState<TrackerStatus>(props.status);
  const [bodyId, setBodyId] = useState(props.bodyId);
  const [due, setDue] = useState(props.due);
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState("");
  const [evidenceLink, setEvidenceLink] = useState("");
  const [error, setError] = useState<{ summary: string; details: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = (name: string): string => `item-${props.itemId}-${name}`;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const result = await sendJson({
      method: "PATCH",
      url: `/api/tracker/${encodeURIComponent(props.itemId)}`,
      body: {
        ...(status !== props.status ? { status } : {}),
        ...(bodyId !== props.bodyId ? { responsibleBodyId: bodyId || null } : {}),
        ...(due.trim() !== props.due ? { due: due.trim() } : {}),
        note,
        evidence,
        evidenceLink,
      },
      answer,
      locale: props.locale,
    });
    setBusy(false);
    if (!result.ok) {
      setError({ summary: result.message, details: Object.values(result.fields) });
      return;
    }
    setError(null);
    setSaved(true);
    setNote("");
    setEvidence("");
    setEvidenceLink("");
    router.refresh();
  }

  return (
    <details>
      <summary>{t("tracker.change.heading")}</summary>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert summary={error?.summary ?? null} details={error?.details ?? []} />
        <div className="field">
          <label htmlFor={id("status")}>{t("tracker.change.status")}</label>
          <select id={id("status")} value={status} onChange={(event) => setStatus(event.target.value as TrackerStatus)}>
            {TRACKER_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`tracker.status.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("body")}>{t("tracker.column.body")}</label>
          <select id={id("body")} value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
            <option value="">{t("tracker.dashboard.noBody")}</option>
            {props.bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("due")}>{t("blocks.followUp.due")}</label>
          <input
            id={id("due")}
            dir="ltr"
            inputMode="numeric"
            placeholder={t("blocks.followUp.duePlaceholder")}
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id("note")}>{t("tracker.change.note")}</label>
          <textarea id={id("note")} dir="auto" value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("evidence")}>{t("tracker.change.evidence")}</label>
          <input id={id("evidence")} dir="auto" value={evidence} onChange={(event) => setEvidence(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("link")}>{t("tracker.change.evidenceLink")}</label>
          <input id={id("link")} dir="ltr" type="url" value={evidenceLink} onChange={(event) => setEvidenceLink(event.target.value)} />
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
