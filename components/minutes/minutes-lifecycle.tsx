"use client";
// Where the minutes stand (draft, live, locked vN, revising after vN,
// published vN), and for the organizer the two steps of their lifecycle: lock
// them into the next version (lock-minutes-form.tsx, after confirming) and
// reopen them for revision. The API's refusals are shown as its sentences;
// after a step the page is re-read from the server, while the open editors
// learn of the lock over their own connection. The state line follows a lock,
// reopen, publication or revoked link made elsewhere too, at once
// (minutes-state-live.ts).
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type Ref } from "react";
import { reopenedMinutes, type MinutesState } from "@/lib/contracts/minutes-state";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { sendJson } from "../ui/api-request";
import { ChangeOutcome } from "../ui/form-parts";
import { LockControl } from "./lock-minutes-form";
import { minutesStateText } from "./minutes-lifecycle-state";
import { useLiveMinutesState } from "./minutes-state-live";
import { NamedSentence } from "../ui/named-sentence";

/** The number the next lock gives, or null when the minutes are locked now. */
function nextVersion(state: MinutesState): number | null {
  if (state.kind === "draft" || state.kind === "live") return 1;
  if (state.kind === "revising") return state.after + 1;
  return null;
}

/** The minutes' state, and who locked them. */
function StateLine({ state, ref, locale }: { state: MinutesState; ref: Ref<HTMLParagraphElement>; locale: Locale }) {
  const t = translator(locale);
  return (
    <p className="lifecycle__state" data-state={state.kind} ref={ref} tabIndex={-1}>
      <span className="lifecycle__label">{t("lifecycle.state", { state: minutesStateText(state, locale) })}</span>
      {(state.kind === "locked" || state.kind === "published") && (
        <span className="lifecycle__who">
          {" "}
          <NamedSentence template={t("lifecycle.lockedBy")} name={state.lockedBy} />
        </span>
      )}
    </p>
  );
}

/** Reopening locked version `version` for revision into the next. */
function ReopenControl(props: { version: number; waiting: boolean; onReopen: () => void; locale: Locale }) {
  const { version, locale } = props;
  const t = translator(locale);
  const hintId = `${useId()}-reopen-hint`;
  return (
    <div className="lifecycle__reopen">
      <button type="button" className="button button--small" disabled={props.waiting} onClick={props.onReopen} aria-describedby={hintId}>
        {t("lifecycle.reopen")}
      </button>
      <p id={hintId} className="field__hint">
        {t("lifecycle.reopenHint", { version: formatInteger(version, locale), next: formatInteger(version + 1, locale) })}
      </p>
    </div>
  );
}

export function MinutesLifecycle(props: { meetingId: string; role: Role; locale: Locale; state: MinutesState }) {
  const { meetingId, locale } = props;
  const state = useLiveMinutesState(meetingId, props.state);
  const t = translator(locale);
  const router = useRouter();
  const [busy, setBusyState] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const focusState = useRef(false);
  const stateRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!focusState.current) return;
    focusState.current = false;
    stateRef.current?.focus();
  });

  const canManage = props.role === "organizer";
  const next = nextVersion(state);
  const waiting = busy || refreshing;
  const refresh = (): void => startRefresh(() => router.refresh());
  /** A step starts (what the last one said goes) or ends. */
  const setBusy = (now: boolean): void => {
    if (now) {
      setError(null);
      setStatus("");
    }
    setBusyState(now);
  };
  const done = (message: string): void => {
    setStatus(message);
    focusState.current = true;
    refresh();
  };

  const reopen = async (): Promise<void> => {
    if (waiting || state.kind === "draft" || state.kind === "live" || state.kind === "revising") return;
    setBusy(true);
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/reopen`;
    const result = await sendJson({ method: "POST", url, answer: reopenedMinutes, locale });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      if (result.status === 409) refresh();
      return;
    }
    done(t("lifecycle.reopened", { version: formatInteger(state.version + 1, locale) }));
  };

  return (
    <div className="lifecycle" role="group" aria-label={t("lifecycle.title")}>
      <StateLine state={state} ref={stateRef} locale={locale} />
      {canManage && next !== null && (
        <LockControl
          meetingId={meetingId}
          next={next}
          locale={locale}
          waiting={waiting}
          setBusy={setBusy}
          onOpen={() => {
            setStatus("");
            setError(null);
          }}
          onLocked={done}
          onRefused={(message, conflict) => {
            setError(message);
            // Locked by someone else meanwhile: show the state as it is now.
            if (conflict) refresh();
          }}
        />
      )}
      {canManage && (state.kind === "locked" || state.kind === "published") && (
        <ReopenControl version={state.version} waiting={waiting} onReopen={() => void reopen()} locale={locale} />
      )}
      <ChangeOutcome status={status} error={error} className="lifecycle__status" />
    </div>
  );
}
