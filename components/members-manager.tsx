"use client";
// A meeting's members and their roles. The organizer adds an existing user by
// email, changes a role and removes a member (after confirming); everyone else
// reads the list. The API's sentences ("already a member", "the last
// organizer", an unknown email) are shown where they belong.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import type { Locale } from "../lib/i18n/locales";
import { translate, translator } from "../lib/i18n/translate";
import { ROLES, roleSchema, type Role } from "../lib/roles";
import { fieldMessages } from "../lib/validation/field-messages";
import { addMemberSchema } from "../lib/validation/membership";
import { safeParseInput } from "../lib/validation/parse-input";
import { sendJson } from "./api-request";
import { DirectorySuggestions } from "./directory-suggestions";
import { useDirectory } from "./use-directory";
import { errorId, FieldError, FormAlert, invalidProps } from "./form-parts";
import { NamedSentence } from "./named-sentence";
import { UserText } from "./user-text";

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

const membersAnswer = z.object({
  members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: roleSchema })),
});

const EMAIL_ID = "member-email";
const ROLE_ID = "member-role";
const TABLE_HEADING_ID = "members-heading";

const roleSelectId = (userId: string): string => `member-role-${userId}`;
const removeButtonId = (userId: string): string => `member-remove-${userId}`;
const confirmButtonId = (userId: string): string => `member-confirm-${userId}`;

/** A sentence with the member's name isolated from the text around it. */
interface Notice {
  template: string;
  name: string;
}

export function MembersManager(props: {
  locale: Locale;
  meetingId: string;
  currentUserId: string;
  members: Member[];
}) {
  const { locale, meetingId, currentUserId } = props;
  const t = translator(locale);
  const router = useRouter();
  const [members, setMembers] = useState<Member[]>(props.members);
  const [drafts, setDrafts] = useState<Record<string, Role>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ userId: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Notice | null>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("note-taker");
  const [addErrors, setAddErrors] = useState<{ email?: string; role?: string }>({});
  const [addAlert, setAddAlert] = useState<string[]>([]);
  const pendingFocus = useRef<string | null>(null);
  const suggestions = useDirectory(email, members.map((member) => member.userId));

  useEffect(() => {
    if (pendingFocus.current) {
      document.getElementById(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
  });

  const canManage = members.some((member) => member.userId === currentUserId && member.role === "organizer");
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/members`;
  const roleName = (value: Role): string => t(`role.${value}`);

  const addMember = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setStatus(null);
    const checked = safeParseInput(addMemberSchema, { email, role });
    if (!checked.success) {
      const keys = fieldMessages(checked.error);
      setAddErrors({
        email: keys.email && translate(locale, keys.email),
        role: keys.role && translate(locale, keys.role),
      });
      setAddAlert([]);
      pendingFocus.current = keys.email ? EMAIL_ID : ROLE_ID;
      return;
    }
    setBusy(true);
    const result = await sendJson({ method: "POST", url: base, body: checked.data, answer: membersAnswer, locale });
    setBusy(false);
    if (!result.ok) {
      const { email: emailError, role: roleError, ...others } = result.fields;
      setAddErrors({ email: emailError, role: roleError });
      const otherMessages = Object.values(others);
      setAddAlert(emailError || roleError ? otherMessages : [result.message, ...otherMessages]);
      pendingFocus.current = emailError ? EMAIL_ID : roleError ? ROLE_ID : null;
      return;
    }
    setMembers(result.data.members);
    setAddErrors({});
    setAddAlert([]);
    setEmail("");
    const added = result.data.members.find((member) => member.email === checked.data.email);
    if (added) setStatus({ template: t("members.added", { role: roleName(added.role) }), name: added.name });
    pendingFocus.current = EMAIL_ID;
  };

  const changeRole = async (member: Member): Promise<void> => {
    const next = drafts[member.userId] ?? member.role;
    if (busy || next === member.role) return;
    setBusy(true);
    setStatus(null);
    setRowError(null);
    const result = await sendJson({
      method: "PATCH",
      url: `${base}/${encodeURIComponent(member.userId)}`,
      body: { role: next },
      answer: membersAnswer,
      locale,
    });
    setBusy(false);
    if (!result.ok) {
      setRowError({ userId: member.userId, message: result.fields.role ?? result.message });
      pendingFocus.current = roleSelectId(member.userId);
      return;
    }
    setMembers(result.data.members);
    setDrafts((previous) => Object.fromEntries(Object.entries(previous).filter(([userId]) => userId !== member.userId)));
    setStatus({ template: t("members.roleChanged", { role: roleName(next) }), name: member.name });
    // Organizers who hand over their own role now see the read-only list.
    if (member.userId === currentUserId) router.refresh();
  };

  const removeMember = async (member: Member): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    setRowError(null);
    const result = await sendJson({
      method: "DELETE",
      url: `${base}/${encodeURIComponent(member.userId)}`,
      answer: membersAnswer,
      locale,
    });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setRowError({ userId: member.userId, message: result.fields.role ?? result.message });
      pendingFocus.current = removeButtonId(member.userId);
      return;
    }
    if (member.userId === currentUserId) {
      router.push("/");
      return;
    }
    setMembers(result.data.members);
    setStatus({ template: t("members.removed"), name: member.name });
    pendingFocus.current = TABLE_HEADING_ID;
  };

  return (
    <div className="members">
      <section className="card" aria-labelledby={TABLE_HEADING_ID}>
        <h2 id={TABLE_HEADING_ID} className="section-title" tabIndex={-1}>
          {t("members.listTitle")}
        </h2>
        <p className="form__status" role="status">
          {status && <NamedSentence template={status.template} name={status.name} />}
        </p>
        <div className="table-scroll">
          <table className="members-table">
            <thead>
              <tr>
                <th scope="col">{t("members.name")}</th>
                <th scope="col">{t("members.email")}</th>
                <th scope="col">{t("members.role")}</th>
                {canManage && <th scope="col">{t("members.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const error = rowError?.userId === member.userId ? rowError.message : undefined;
                const selectId = roleSelectId(member.userId);
                return (
                  <tr key={member.userId}>
                    <th scope="row">
                      <UserText text={member.name} />
                      {member.userId === currentUserId && <span className="muted"> {t("members.you")}</span>}
                    </th>
                    <td>
                      <UserText text={member.email} dir="ltr" />
                    </td>
                    <td>
                      {canManage ? (
                        <form
                          className="role-form"
                          onSubmit={(event) => {
                            event.preventDefault();
                            void changeRole(member);
                          }}
                        >
                          <label htmlFor={selectId} className="visually-hidden">
                            {t("members.roleOf", { name: member.name })}
                          </label>
                          <select
                            {...invalidProps(selectId, error)}
                            value={drafts[member.userId] ?? member.role}
                            onChange={(event) => {
                              const parsed = roleSchema.safeParse(event.target.value);
                              if (!parsed.success) return;
                              setDrafts({ ...drafts, [member.userId]: parsed.data });
                              if (rowError?.userId === member.userId) setRowError(null);
                            }}
                          >
                            {ROLES.map((option) => (
                              <option key={option} value={option}>
                                {roleName(option)}
                              </option>
                            ))}
                          </select>
                          <button
                            type="submit"
                            className="button button--small"
                            aria-label={t("members.changeRoleOf", { name: member.name })}
                            disabled={busy}
                          >
                            {t("members.changeRole")}
                          </button>
                        </form>
                      ) : (
                        roleName(member.role)
                      )}
                      {error && (
                        <p id={errorId(selectId)} className="field__error" role="alert">
                          {error}
                        </p>
                      )}
                    </td>
                    {canManage && (
                      <td>
                        {confirming === member.userId ? (
                          <div className="confirm" role="group" aria-labelledby={`confirm-${member.userId}`}>
                            <p id={`confirm-${member.userId}`} className="confirm__question">
                              <NamedSentence template={t("members.confirmRemove")} name={member.name} />
                            </p>
                            <button
                              id={confirmButtonId(member.userId)}
                              type="button"
                              className="button button--small button--danger"
                              disabled={busy}
                              onClick={() => void removeMember(member)}
                            >
                              {t("members.confirmYes")}
                            </button>
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => {
                                setConfirming(null);
                                pendingFocus.current = removeButtonId(member.userId);
                              }}
                            >
                              {t("form.cancel")}
                            </button>
                          </div>
                        ) : (
                          <button
                            id={removeButtonId(member.userId)}
                            type="button"
                            className="button button--small button--danger"
                            aria-label={t("members.removeOf", { name: member.name })}
                            onClick={() => {
                              setConfirming(member.userId);
                              setRowError(null);
                              pendingFocus.current = confirmButtonId(member.userId);
                            }}
                          >
                            {t("form.remove")}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {!canManage && <p className="muted">{t("members.readOnly")}</p>}
      </section>

      {canManage && (
        <section className="card" aria-labelledby="add-member-title">
          <h2 id="add-member-title" className="section-title">
            {t("members.addTitle")}
          </h2>
          <p className="muted">{t("members.addIntro")}</p>
          <form className="form add-member" noValidate onSubmit={(event) => void addMember(event)}>
            <FormAlert summary={null} details={addAlert} />
            <div className="add-member__fields">
              <div className="field">
                <label htmlFor={EMAIL_ID}>{t("members.email")}</label>
                <input
                  {...invalidProps(EMAIL_ID, addErrors.email)}
                  type="email"
                  dir="ltr"
                  autoComplete="off"
                  value={email}
                  onChange={(event) => {
                    setEmail(event.target.value);
                    setAddErrors({ ...addErrors, email: undefined });
                  }}
                />
                <FieldError fieldId={EMAIL_ID} error={addErrors.email} />
                <DirectorySuggestions
                  entries={suggestions}
                  t={t}
                  onPick={(entry) => {
                    setEmail(entry.email);
                    setAddErrors({ ...addErrors, email: undefined });
                    document.getElementById(ROLE_ID)?.focus();
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor={ROLE_ID}>{t("members.role")}</label>
                <select
                  {...invalidProps(ROLE_ID, addErrors.role)}
                  value={role}
                  onChange={(event) => {
                    const parsed = roleSchema.safeParse(event.target.value);
                    if (parsed.success) setRole(parsed.data);
                  }}
                >
                  {ROLES.map((option) => (
                    <option key={option} value={option}>
                      {roleName(option)}
                    </option>
                  ))}
                </select>
                <FieldError fieldId={ROLE_ID} error={addErrors.role} />
              </div>
              <div className="add-member__submit">
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t("members.add")}
                </button>
              </div>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
