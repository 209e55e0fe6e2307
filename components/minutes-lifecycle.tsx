"use client";
// Where the minutes stand (draft, live, locked vN, revising after vN,
// published vN), and for the organizer the two steps of their lifecycle: lock
// them into the next version (with an optional note, and a decision on each
// change the minutes propose to earlier meetings' follow-ups, after
// confirming) and reopen them for revision. The API's refusals are shown as its sentences; after
// a step the page is re-read from the server, while the open editors learn of
// the lock over their own connection. The state line also re-reads the state
// now and then while the page is in view, so a lock or reopen made elsewhere
// shows here too.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import type { Locale } from "../lib/i18n/locales";
import { formatInteger } from "../lib/i18n/numbers";
import { translator } from "../lib/i18n/translate";
import type { Role } from "../lib/roles";
import { sendJson } from "./api-request";
import { TrackerChangesReview, useTrackerChanges } from "./tracker-changes-review";
import { FieldError, invalidProps } from "./form-parts";
import { minutesStateSchema, minutesStateText, type MinutesStateView } from "./minutes-lifecycle-state";
import { NamedSentence } from "./named-sentence";

const NOTE_MAX = 1000;
/** How often an open page re-reads the minutes' state. */
const STATE_POLL_MS = 20_000;

const lockedAnswer = z.object({
  number: z.number().int(),
  tracker: z.object({ proposed: z.number().int(), accepted: z.number().int(), applied: z.number().int() }),
});
const reopenedAnswer = z.object({ state: z.object({ kind: z.string() }) });
const versionsAnswer = z.object({ state: minutesStateSchema });

/** The state as the server reads it now, or null when it could not be read. */
async function fetchState(meetingId: string, signal: AbortSignal): Promise<MinutesStateView | null> {
  try {
    const response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/versions`, { credentials: "same-origin", signal });
    const answer = versionsAnswer.safeParse(response.ok ? await response.json() : null);
    return answer.success ? answer.data.state : null;
  } catch {
    return null;
  }
}

/** What the page shows of a state, to tell whether a newly read one changes anything. */
function stateKey(state: MinutesStateView): string {
  const version = "version" in state ? state.version : "after" in state ? state.after : 0;
  const lockedBy = "lockedBy" in state ? state.lockedBy : "";
  const published = "published" in state ? state.published : null;
  return JSON.stringify([state.kind, version, lockedBy, published]);
}

/** The number the next lock gives, or null when the minutes are locked now. */
function nextVersion(state: MinutesStateView): number | null {
  if (state.kind === "draft" || state.kind === "live") return 1;
  if (state.kind === "revising") return state.after + 1;
  return null;
}

export function MinutesLifecycle(props: { meetingId: string; role: Role; locale: Locale; state: MinutesStateView }) {
  const { meetingId, locale } = props;
  // A state read since the page was rendered, kept while the page's own is the one it was read over.
  const [polled, setPolled] = useState<{ over: MinutesStateView; state: MinutesStateView } | null>(null);
  const state = polled?.over === props.state ? polled.state : props.state;
  const t = translator(locale);
  const router = useRouter();
  const ids = useId();
  const noteId = `${ids}-note`;
  const hintId = `${ids}-note-hint`;
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set());
  const [lockRound, setLockRound] = useState(0);
  const carried = useTrackerChanges(meetingId, confirming ? lockRound : null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const focusNext = useRef<"note" | "start" | "state" | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const stateRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    ({ note: noteRef, start: startRef, state: stateRef })[target].current?.focus();
  });

  useEffect(() => {
    const controller = new AbortController();
    const basis = props.state;
    const poll = async (): Promise<void> => {
      if (document.visibilityState !== "visible") return;
      const now = await fetchState(meetingId, controller.signal);
      if (!now || controller.signal.aborted) return;
      setPolled((previous) =>
        previous?.over === basis && stateKey(previous.state) === stateKey(now) ? previous : { over: basis, state: now },
      );
    };
    const timer = setInterval(() => void poll(), STATE_POLL_MS);
    const onVisible = (): void => void poll();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [meetingId, props.state]);

  const canManage = props.role === "organizer";
  const next = nextVersion(state);
  const waiting = busy || refreshing;
  const base = `/api/meetings/${encodeURIComponent(meetingId)}`;
  const refresh = (): void => startRefresh(() => router.refresh());

  const lock = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (waiting) return;
    setBusy(true);
    setError(null);
    setStatus("");
    // Only what is listed now and ticked: a change the list no longer holds is not sent.
    const listed = carried.kind === "ready" ? carried.changes : [];
    const accept = listed.filter((change) => accepted.has(change.key)).map((change) => change.key);
    const result = await sendJson({ method: "POST", url: `${base}/lock`, body: { note, accept }, answer: lockedAnswer, locale });
    setBusy(false);
    if (!result.ok) {
      const { note: noteProblem, ...others } = result.fields;
      setNoteError(noteProblem);
      setError(noteProblem ? (Object.values(others)[0] ?? null) : result.message);
      if (noteProblem) focusNext.current = "note";
      // Locked by someone else meanwhile: show the state as it is now.
      if (result.status === 409) {
        setConfirming(false);
        refresh();
      }
      return;
    }
    setConfirming(false);
    setNote("");
    setNoteError(undefined);
    setAccepted(new Set());
    const locked = t("lifecycle.locked", { version: formatInteger(result.data.number, locale) });
    // As the server counted them: a change the minutes no longer propose, or
    // an item changed meanwhile, is not applied.
    const { tracker } = result.data;
    const applied =
      tracker.proposed === 0 && accept.length === 0
        ? ""
        : ` ${t("lifecycle.carried.applied", { applied: formatInteger(tracker.applied, locale), proposed: formatInteger(tracker.proposed, locale) })}`;
    const stale = accept.length > tracker.applied ? ` ${t("lifecycle.carried.stale", { count: formatInteger(accept.length - tracker.applied, locale) })}` : "";
    setStatus(locked + applied + stale);
    focusNext.current = "state";
    refresh();
  };

  const reopen = async (): Promise<void> => {
    if (waiting || state.kind === "draft" || state.kind === "live" || state.kind === "revising") return;
    setBusy(true);
    setError(null);
    setStatus("");
    const result = await sendJson({ method: "POST", url: `${base}/reopen`, answer: reopenedAnswer, locale });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      if (result.status === 409) refresh();
      return;
    }
    setStatus(t("lifecycle.reopened", { version: formatInteger(state.version + 1, locale) }));
    focusNext.current = "state";
    refresh();
  };

  return (
    <div className="lifecycle" role="group" aria-label={t("lifecycle.title")}>
      <p className="lifecycle__state" data-state={state.kind} ref={stateRef} tabIndex={-1}>
        <span className="lifecycle__label">{t("lifecycle.state", { state: minutesStateText(state, locale) })}</span>
        {(state.kind === "locked" || state.kind === "published") && (
          <span className="lifecycle__who">
            {" "}
            <NamedSentence template={t("lifecycle.lockedBy")} name={state.lockedBy} />
          </span>
        )}
      </p>
      {canManage && next !== null && !confirming && (
        <button
          ref={startRef}
          type="button"
          className="button button--small"
          disabled={waiting}
          onClick={() => {
            setConfirming(true);
            setLockRound((round) => round + 1);
            setStatus("");
            setError(null);
            focusNext.current = "note";
          }}
        >
          {t("lifecycle.lock")}
        </button>
      )}
      {canManage && next !== null && confirming && (
        <form className="lifecycle__form" aria-labelledby={`${ids}-lock-heading`} onSubmit={(event) => void lock(event)}>
          <h3 id={`${ids}-lock-heading`} className="lifecycle__heading">
            {t("lifecycle.lockHeading", { version: formatInteger(next, locale) })}
          </h3>
          <p className="lifecycle__explain">{t("lifecycle.lockExplain", { version: formatInteger(next, locale) })}</p>
          <div className="field">
            <label htmlFor={noteId}>{t("lifecycle.note")}</label>
            <textarea
              ref={noteRef}
              {...invalidProps(noteId, noteError, hintId)}
              rows={2}
              maxLength={NOTE_MAX}
              dir="auto"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            <p id={hintId} className="field__hint">
              {t("lifecycle.noteHint")}
            </p>
            <FieldError fieldId={noteId} error={noteError} />
          </div>
          <TrackerChangesReview state={carried} accepted={accepted} onChange={setAccepted} locale={locale} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={waiting} aria-busy={waiting || undefined}>
              {waiting ? t("lifecycle.working") : t("lifecycle.confirmLock", { version: formatInteger(next, locale) })}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setConfirming(false);
                setNoteError(undefined);
                setError(null);
                focusNext.current = "start";
              }}
            >
              {t("lifecycle.cancel")}
            </button>
          </div>
        </form>
      )}
      {canManage && (state.kind === "locked" || state.kind === "published") && (
        <div className="lifecycle__reopen">
          <button type="button" className="button button--small" disabled={waiting} onClick={() => void reopen()} aria-describedby={`${ids}-reopen-hint`}>
            {t("lifecycle.reopen")}
          </button>
          <p id={`${ids}-reopen-hint`} className="field__hint">
            {t("lifecycle.reopenHint", {
              version: formatInteger(state.version, locale),
              next: formatInteger(state.version + 1, locale),
            })}
          </p>
        </div>
      )}
      <p className="form__status lifecycle__status" role="status">
        {status}
      </p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
