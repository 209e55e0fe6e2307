"use client";
// An attendee of the meeting form linked to an account of the organisation
// (optional): the linked account with a button to unlink it, or a field that
// finds one in the directory by a part of its name or email.
import { useState } from "react";
import type { Translator } from "@/lib/i18n/translate";
import { DirectorySuggestions } from "../accounts/directory-suggestions";
import { NamedSentence } from "../ui/named-sentence";
import { useDirectory, type DirectoryEntry } from "../accounts/use-directory";
import { UserText } from "../ui/user-text";

export interface LinkedAccount {
  name: string;
  email: string;
}

export function AttendeeAccount(props: {
  t: Translator;
  fieldId: string;
  attendeeName: string;
  account: LinkedAccount | null;
  linked: boolean;
  onLink: (entry: DirectoryEntry | null) => void;
}) {
  const { t, fieldId } = props;
  const [typed, setTyped] = useState("");
  const suggestions = useDirectory(typed);
  if (props.linked) {
    return (
      <div className="field attendee-account">
        <span id={`${fieldId}-label`} className="attendee-account__label">
          {t("meetingForm.account")}
        </span>
        <p aria-labelledby={`${fieldId}-label`}>
          {props.account ? (
            <>
              <UserText text={props.account.name} />{" "}
              <UserText text={props.account.email} dir="ltr" className="muted" />
            </>
          ) : (
            t("meetingForm.accountLinked")
          )}{" "}
          <button type="button" className="button button--quiet" onClick={() => props.onLink(null)}>
            <NamedSentence template={t("meetingForm.unlinkAccount")} name={props.attendeeName} />
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="field attendee-account">
      <label htmlFor={fieldId}>{t("meetingForm.account")}</label>
      <input id={fieldId} type="text" dir="auto" autoComplete="off" value={typed} placeholder={t("meetingForm.accountHint")} onChange={(event) => setTyped(event.target.value)} />
      <DirectorySuggestions
        entries={suggestions}
        t={t}
        onPick={(entry) => {
          setTyped("");
          props.onLink(entry);
        }}
      />
    </div>
  );
}
