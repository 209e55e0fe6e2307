"use client";
// In the organizer's lock form: the changes the minutes propose to tracked
// items (an earlier meeting's follow-up's status, due date or body, typed in
// the carry-over section; one of this meeting's own tracked items' text,
// category, due date or body, its leaving or returning to the minutes), each
// with who typed it and a box to accept it. Only the accepted
// ones reach the tracker; none is accepted until the organizer says so.
import { useEffect, useState } from "react";
import { proposedChanges, type ProposedChange } from "@/lib/contracts/lock";
import { jalaliDueText } from "@/lib/editor/due-date";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { isTrackerStatus } from "@/lib/tracker-status";
import { IsolatedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";

export type TrackerChangesState = { kind: "loading" } | { kind: "failed" } | { kind: "ready"; changes: ProposedChange[] };

/** Reads the proposed changes each time the lock form opens: `round` counts
 * the openings, null while the form is closed. */
export function useTrackerChanges(meetingId: string, round: number | null): TrackerChangesState {
  const [read, setRead] = useState<{ round: number; state: TrackerChangesState } | null>(null);
  useEffect(() => {
    if (round === null) return;
    const controller = new AbortController();
    const load = async (): Promise<TrackerChangesState> => {
      try {
        const response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/lock`, {
          credentials: "same-origin",
          cache: "no-store",
          signal: controller.signal,
        });
        const answer = proposedChanges.safeParse(response.ok ? await response.json() : null);
        return answer.success ? { kind: "ready", changes: answer.data.changes } : { kind: "failed" };
      } catch {
        return { kind: "failed" };
      }
    };
    void load().then((state) => {
      if (!controller.signal.aborted) setRead({ round, state });
    });
    return () => controller.abort();
  }, [meetingId, round]);
  return read !== null && read.round === round ? read.state : { kind: "loading" };
}

export function TrackerChangesReview(props: {
  state: TrackerChangesState;
  accepted: ReadonlySet<string>;
  onChange: (accepted: Set<string>) => void;
  locale: Locale;
}) {
  const { state, accepted, locale } = props;
  const t = translator(locale);
  if (state.kind === "loading") return <p className="field__hint">{t("lifecycle.carried.loading")}</p>;
  if (state.kind === "failed") return <p className="form__error">{t("lifecycle.carried.failed")}</p>;
  if (state.changes.length === 0) return null;
  const value = (change: ProposedChange, raw: string): string => {
    if (raw === "") return t("tracker.history.none");
    if (change.field === "status") return isTrackerStatus(raw) ? t(`tracker.status.${raw}`) : raw;
    if (change.field === "due") return jalaliDueText(raw, locale) || raw;
    return raw;
  };
  const toggle = (key: string, on: boolean): void => {
    const next = new Set(accepted);
    if (on) next.add(key);
    else next.delete(key);
    props.onChange(next);
  };
  const template = {
    status: "lifecycle.carried.status",
    due: "tracker.history.due",
    responsibleBody: "tracker.history.responsibleBody",
    text: "lifecycle.carried.text",
    category: "tracker.history.category",
  } as const;
  /** Where nobody known typed it: a block that left the minutes, or a change of unknown author. */
  const unknownProposer = (change: ProposedChange): string =>
    change.field === "status" && change.to === "withdrawn" ? t("lifecycle.carried.leftMinutes") : t("lifecycle.carried.removed");
  return (
    <fieldset className="tracker-changes">
      <legend>{t("lifecycle.carried.heading")}</legend>
      <p className="field__hint">{t("lifecycle.carried.explain")}</p>
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={() => props.onChange(new Set(state.changes.map((change) => change.key)))}>
          {t("lifecycle.carried.acceptAll")}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => props.onChange(new Set())}>
          {t("lifecycle.carried.acceptNone")}
        </button>
      </div>
      <ul className="tracker-changes__list">
        {state.changes.map((change) => (
          <li key={change.key}>
            <label className="tracker-changes__item">
              <input type="checkbox" checked={accepted.has(change.key)} onChange={(event) => toggle(change.key, event.target.checked)} />{" "}
              <span>
                <UserText text={change.itemText} />
                {" — "}
                <IsolatedSentence template={t(template[change.field])} values={{ from: value(change, change.from), to: value(change, change.to) }} />
                {" · "}
                {change.proposedBy ? (
                  <IsolatedSentence template={t("lifecycle.carried.typedBy")} values={{ name: change.proposedBy.name }} />
                ) : (
                  unknownProposer(change)
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
