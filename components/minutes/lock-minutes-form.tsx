"use client";
// The organizer's form to lock the minutes into version `next`: an optional
// note, and a decision on each change the minutes propose to tracked items
// (tracker-changes-review.tsx, read afresh each time the form opens). Only
// the changes listed now and ticked are sent; the outcome is told as the
// server counted it.
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from "react";
import { lockedVersion, type LockedVersion } from "@/lib/contracts/lock";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { sendJson } from "../ui/api-request";
import { FieldError, invalidProps } from "../ui/form-parts";
import { TrackerChangesReview, useTrackerChanges } from "./tracker-changes-review";

const NOTE_MAX = 1000;

/** What the lock did, as the server counted it: a change the minutes no
 * longer propose, or an item changed meanwhile, is not applied. */
function lockedMessage(locked: LockedVersion, sent: number, locale: Locale): string {
  const t = translator(locale);
  const { tracker } = locked;
  const version = t("lifecycle.locked", { version: formatInteger(locked.number, locale) });
  const applied =
    tracker.proposed === 0 && sent === 0
      ? ""
      : ` ${t("lifecycle.carried.applied", { applied: formatInteger(tracker.applied, locale), proposed: formatInteger(tracker.proposed, locale) })}`;
  const stale = sent > tracker.applied ? ` ${t("lifecycle.carried.stale", { count: formatInteger(sent - tracker.applied, locale) })}` : "";
  return version + applied + stale;
}

/** The version's optional note, with its hint and the server's complaint. */
function LockNoteField({
  ref,
  ...props
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  ref: Ref<HTMLTextAreaElement>;
  locale: Locale;
}) {
  const t = translator(props.locale);
  const hintId = `${props.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{t("lifecycle.note")}</label>
      <textarea
        ref={ref}
        {...invalidProps(props.id, props.error, hintId)}
        rows={2}
        maxLength={NOTE_MAX}
        dir="auto"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p id={hintId} className="field__hint">
        {t("lifecycle.noteHint")}
      </p>
      <FieldError fieldId={props.id} error={props.error} />
    </div>
  );
}

function LockMinutesForm(props: {
  meetingId: string;
  next: number;
  locale: Locale;
  waiting: boolean;
  setBusy: (busy: boolean) => void;
  /** Locked: the sentence to announce. */
  onLocked: (message: string) => void;
  /** Refused with the API's sentence (null: shown beside the note); `conflict` when locked meanwhile. */
  onRefused: (message: string | null, conflict: boolean) => void;
  onCancel: () => void;
}) {
  const { meetingId, next, locale, waiting } = props;
  const t = translator(locale);
  const ids = useId();
  const noteId = `${ids}-note`;
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set());
  // Mounted each time the form opens: the proposed changes are read once per opening.
  const carried = useTrackerChanges(meetingId, 0);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);

  const lock = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (waiting) return;
    props.setBusy(true);
    const listed = carried.kind === "ready" ? carried.changes : [];
    const accept = listed.filter((change) => accepted.has(change.key)).map((change) => change.key);
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/lock`;
    const result = await sendJson({ method: "POST", url, body: { note, accept }, answer: lockedVersion, locale });
    props.setBusy(false);
    if (!result.ok) {
      const { note: noteProblem, ...others } = result.fields;
      setNoteError(noteProblem);
      if (noteProblem) noteRef.current?.focus();
      props.onRefused(noteProblem ? (Object.values(others)[0] ?? null) : result.message, result.status === 409);
      return;
    }
    props.onLocked(lockedMessage(result.data, accept.length, locale));
  };

  return (
    <form className="lifecycle__form" aria-labelledby={`${ids}-lock-heading`} onSubmit={(event) => void lock(event)}>
      <h3 id={`${ids}-lock-heading`} className="lifecycle__heading">
        {t("lifecycle.lockHeading", { version: formatInteger(next, locale) })}
      </h3>
      <p className="lifecycle__explain">{t("lifecycle.lockExplain", { version: formatInteger(next, locale) })}</p>
      <LockNoteField id={noteId} value={note} onChange={setNote} error={noteError} ref={noteRef} locale={locale} />
      <TrackerChangesReview state={carried} accepted={accepted} onChange={setAccepted} locale={locale} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={waiting} aria-busy={waiting || undefined}>
          {waiting ? t("lifecycle.working") : t("lifecycle.confirmLock", { version: formatInteger(next, locale) })}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t("lifecycle.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The organizer's lock step: a button, then the form; after a cancel, the button has the focus again. */
export function LockControl(props: {
  meetingId: string;
  next: number;
  locale: Locale;
  waiting: boolean;
  setBusy: (busy: boolean) => void;
  onOpen: () => void;
  onLocked: (message: string) => void;
  onRefused: (message: string | null, conflict: boolean) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);
  useEffect(() => {
    if (!focusStart.current) return;
    focusStart.current = false;
    startRef.current?.focus();
  });
  if (!confirming) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button--small"
        disabled={props.waiting}
        onClick={() => {
          setConfirming(true);
          props.onOpen();
        }}
      >
        {translator(props.locale)("lifecycle.lock")}
      </button>
    );
  }
  return (
    <LockMinutesForm
      {...props}
      onLocked={(message) => {
        setConfirming(false);
        props.onLocked(message);
      }}
      onRefused={(message, conflict) => {
        if (conflict) setConfirming(false);
        props.onRefused(message, conflict);
      }}
      onCancel={() => {
        setConfirming(false);
        props.onOpen();
        focusStart.current = true;
      }}
    />
  );
}
