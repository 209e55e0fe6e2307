"use client";
// The approval panel's two forms: the organizer picks the members to ask;
// the member asked approves, or declines with a note, seeing the hash of the
// version the page shows.
import { useId, useState, type FormEvent } from "react";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "@/components/ui/user-text";

export function AskForApprovalForm(props: {
  t: Translator;
  candidates: Array<{ userId: string; name: string }>;
  waiting: boolean;
  onAsk: (userIds: string[]) => Promise<boolean>;
}) {
  const { t, candidates, waiting } = props;
  const ids = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  if (candidates.length === 0) return <p className="muted">{t("approval.noOneToAsk")}</p>;
  const toggle = (userId: string, on: boolean): void =>
    setChosen((now) => (on ? [...now.filter((id) => id !== userId), userId] : now.filter((id) => id !== userId)));
  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (await props.onAsk(chosen)) setChosen([]);
  };
  return (
    <form className="approval__form" onSubmit={(event) => void onSubmit(event)}>
      <fieldset>
        <legend>{t("approval.askWhom")}</legend>
        {candidates.map((candidate) => (
          <div className="check-field" key={candidate.userId}>
            <input
              id={`${ids}-${candidate.userId}`}
              type="checkbox"
              checked={chosen.includes(candidate.userId)}
              onChange={(event) => toggle(candidate.userId, event.target.checked)}
            />
            <label htmlFor={`${ids}-${candidate.userId}`}>
              <UserText text={candidate.name} />
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={waiting || chosen.length === 0} aria-busy={waiting || undefined}>
        {t("approval.ask")}
      </button>
    </form>
  );
}

export function AnswerApprovalForm(props: {
  t: Translator;
  version: string;
  sha256: string;
  waiting: boolean;
  onAnswer: (decision: "approve" | "decline", note: string) => Promise<boolean>;
}) {
  const { t, waiting } = props;
  const id = useId();
  const [note, setNote] = useState("");
  const send = async (decision: "approve" | "decline"): Promise<void> => {
    if (await props.onAnswer(decision, note)) setNote("");
  };
  return (
    <form className="approval__form" onSubmit={(event) => event.preventDefault()}>
      <p>{t("approval.yourTurn", { version: props.version })}</p>
      <p className="approval__hash">
        {t("approval.hashToApprove")}: <code dir="ltr">{props.sha256}</code>
      </p>
      <div className="field">
        <label htmlFor={id}>{t("approval.note")}</label>
        <textarea id={id} rows={2} maxLength={1000} dir="auto" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="approval__actions">
        <button type="button" className="button button--primary" disabled={waiting} onClick={() => void send("approve")}>
          {t("approval.approve")}
        </button>
        <button type="button" className="button" disabled={waiting} onClick={() => void send("decline")}>
          {t("approval.decline")}
        </button>
      </div>
    </form>
  );
}
