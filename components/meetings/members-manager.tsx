"use client";
// A meeting's members and their roles. The organizer adds an existing user by
// email, changes a role and removes a member (after confirming); everyone else
// reads the list. The API's sentences ("already a member", "the last
// organizer", an unknown email) are shown where they belong.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { memberList, type Member } from "@/lib/contracts/members";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { sendJson } from "../ui/api-request";
import { AddMemberForm } from "./add-member-form";
import { confirmButtonId, MemberRow, removeButtonId, roleSelectId } from "./member-row";
import { NamedSentence } from "../ui/named-sentence";
import { useFocusAfterRender } from "../ui/use-form-errors";

const TABLE_HEADING_ID = "members-heading";

/** A sentence with the member's name isolated from the text around it. */
interface Notice {
  template: string;
  name: string;
}

interface Props {
  locale: Locale;
  meetingId: string;
  currentUserId: string;
  members: Member[];
}

interface RowState {
  t: Translator;
  currentUserId: string;
  busy: boolean;
  drafts: Record<string, Role>;
  setDrafts: (drafts: Record<string, Role>) => void;
  confirming: string | null;
  setConfirming: (userId: string | null) => void;
  rowError: { userId: string; message: string } | null;
  setRowError: (error: null) => void;
  focusAfterRender: (elementId: string) => void;
}

/** A row's view of the table's state, and its buttons' handlers. */
function memberRowProps(
  member: Member,
  state: RowState,
  act: { changeRole: (member: Member) => Promise<void>; remove: (member: Member) => Promise<void> },
) {
  const { drafts, rowError, focusAfterRender } = state;
  return {
    t: state.t,
    member,
    isYou: member.userId === state.currentUserId,
    busy: state.busy,
    draft: drafts[member.userId] ?? member.role,
    error: rowError?.userId === member.userId ? rowError.message : undefined,
    confirming: state.confirming === member.userId,
    onDraft: (role: Role) => {
      state.setDrafts({ ...drafts, [member.userId]: role });
      if (rowError?.userId === member.userId) state.setRowError(null);
    },
    onChangeRole: () => void act.changeRole(member),
    onAskRemove: () => {
      state.setConfirming(member.userId);
      state.setRowError(null);
      focusAfterRender(confirmButtonId(member.userId));
    },
    onCancelRemove: () => {
      state.setConfirming(null);
      focusAfterRender(removeButtonId(member.userId));
    },
    onRemove: () => void act.remove(member),
  };
}

/** The members, the row being edited or confirmed, and the requests that change them. */
function useMembers({ locale, meetingId, currentUserId, members: initial }: Props) {
  const t = translator(locale);
  const router = useRouter();
  const [members, setMembers] = useState<Member[]>(initial);
  const [drafts, setDrafts] = useState<Record<string, Role>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ userId: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Notice | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/members`;
  const roleName = (value: Role): string => t(`role.${value}`);

  const send = async (method: "POST" | "PATCH" | "DELETE", member: Member | null, body?: unknown) => {
    setBusy(true);
    setStatus(null);
    setRowError(null);
    const url = member ? `${base}/${encodeURIComponent(member.userId)}` : base;
    const result = await sendJson({ method, url, body, answer: memberList, locale });
    setBusy(false);
    if (!result.ok && member) setRowError({ userId: member.userId, message: result.fields.role ?? result.message });
    return result;
  };

  const add = async (input: { email: string; role: Role }) => {
    const result = await send("POST", null, input);
    if (!result.ok) return result;
    setMembers(result.data.members);
    const added = result.data.members.find((member) => member.email === input.email);
    if (added) setStatus({ template: t("members.added", { role: roleName(added.role) }), name: added.name });
    return result;
  };

  const changeRole = async (member: Member): Promise<void> => {
    const next = drafts[member.userId] ?? member.role;
    if (busy || next === member.role) return;
    const result = await send("PATCH", member, { role: next });
    if (!result.ok) return focusAfterRender(roleSelectId(member.userId));
    setMembers(result.data.members);
    setDrafts((previous) => Object.fromEntries(Object.entries(previous).filter(([userId]) => userId !== member.userId)));
    setStatus({ template: t("members.roleChanged", { role: roleName(next) }), name: member.name });
    // Organizers who hand over their own role now see the read-only list.
    if (member.userId === currentUserId) router.refresh();
  };

  const remove = async (member: Member): Promise<void> => {
    if (busy) return;
    const result = await send("DELETE", member);
    setConfirming(null);
    if (!result.ok) return focusAfterRender(removeButtonId(member.userId));
    if (member.userId === currentUserId) return router.push("/");
    setMembers(result.data.members);
    setStatus({ template: t("members.removed"), name: member.name });
    focusAfterRender(TABLE_HEADING_ID);
  };

  const rowState: RowState = { t, currentUserId, busy, drafts, setDrafts, confirming, setConfirming, rowError, setRowError, focusAfterRender };
  const rowProps = (member: Member) => memberRowProps(member, rowState, { changeRole, remove });
  return { t, members, busy, status, add, rowProps, clearStatus: () => setStatus(null) };
}

export function MembersManager(props: Props) {
  const { t, members, busy, status, add, rowProps, clearStatus } = useMembers(props);
  const canManage = members.some((member) => member.userId === props.currentUserId && member.role === "organizer");
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
              {members.map((member) => (
                <MemberRow key={member.userId} canManage={canManage} {...rowProps(member)} />
              ))}
            </tbody>
          </table>
        </div>
        {!canManage && <p className="muted">{t("members.readOnly")}</p>}
      </section>
      {canManage && (
        <AddMemberForm
          t={t}
          locale={props.locale}
          busy={busy}
          memberIds={members.map((member) => member.userId)}
          onStart={clearStatus}
          add={add}
        />
      )}
    </div>
  );
}
