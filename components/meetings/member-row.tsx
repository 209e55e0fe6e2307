"use client";
// One member's row of the members table: their name and email, their role
// (a select and a button for the organizer), and the remove button that asks
// before it removes. The row only draws; the table's owner acts.
import type { Member } from "@/lib/contracts/members";
import type { Translator } from "@/lib/i18n/translate";
import { ROLES, roleSchema, type Role } from "@/lib/roles";
import { errorId, invalidProps } from "../ui/form-parts";
import { NamedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";

export const roleSelectId = (userId: string): string => `member-role-${userId}`;
export const removeButtonId = (userId: string): string => `member-remove-${userId}`;
export const confirmButtonId = (userId: string): string => `member-confirm-${userId}`;

export interface MemberRowProps {
  t: Translator;
  member: Member;
  isYou: boolean;
  canManage: boolean;
  busy: boolean;
  /** The role chosen in the select, not yet sent. */
  draft: Role;
  error: string | undefined;
  confirming: boolean;
  onDraft: (role: Role) => void;
  onChangeRole: () => void;
  onAskRemove: () => void;
  onCancelRemove: () => void;
  onRemove: () => void;
}

export function MemberRow(props: MemberRowProps) {
  const { t, member, isYou, canManage, error } = props;
  return (
    <tr>
      <th scope="row">
        <UserText text={member.name} />
        {isYou && <span className="muted"> {t("members.you")}</span>}
      </th>
      <td>
        <UserText text={member.email} dir="ltr" />
      </td>
      <td>
        {canManage ? <RoleForm {...props} /> : t(`role.${member.role}`)}
        {error && (
          <p id={errorId(roleSelectId(member.userId))} className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
      {canManage && (
        <td>
          <RemoveControls {...props} />
        </td>
      )}
    </tr>
  );
}

function RoleForm({ t, member, busy, draft, error, onDraft, onChangeRole }: MemberRowProps) {
  const selectId = roleSelectId(member.userId);
  return (
    <form
      className="role-form"
      onSubmit={(event) => {
        event.preventDefault();
        onChangeRole();
      }}
    >
      <label htmlFor={selectId} className="visually-hidden">
        {t("members.roleOf", { name: member.name })}
      </label>
      <select
        {...invalidProps(selectId, error)}
        value={draft}
        onChange={(event) => {
          const parsed = roleSchema.safeParse(event.target.value);
          if (parsed.success) onDraft(parsed.data);
        }}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`role.${option}`)}
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
  );
}

function RemoveControls({ t, member, busy, confirming, onAskRemove, onCancelRemove, onRemove }: MemberRowProps) {
  if (!confirming) {
    return (
      <button
        id={removeButtonId(member.userId)}
        type="button"
        className="button button--small button--danger"
        aria-label={t("members.removeOf", { name: member.name })}
        onClick={onAskRemove}
      >
        {t("form.remove")}
      </button>
    );
  }
  const questionId = `confirm-${member.userId}`;
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm__question">
        <NamedSentence template={t("members.confirmRemove")} name={member.name} />
      </p>
      <button
        id={confirmButtonId(member.userId)}
        type="button"
        className="button button--small button--danger"
        disabled={busy}
        onClick={onRemove}
      >
        {t("members.confirmYes")}
      </button>
      <button type="button" className="button button--small" onClick={onCancelRemove}>
        {t("form.cancel")}
      </button>
    </div>
  );
}
