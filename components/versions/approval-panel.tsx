"use client";
// A version's sign-off on its page: each request (who was asked, by whom and
// when; approved, declined with its note, or waiting), the version's approval
// state; for the organizer, asking members to approve; for a member asked,
// approving or declining. A version a newer lock superseded takes neither.
import { useId } from "react";
import type { VersionApprovals } from "@/lib/contracts/approvals";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator, type Translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import { ChangeOutcome } from "@/components/ui/form-parts";
import { IsolatedSentence } from "@/components/ui/named-sentence";
import { UserText } from "@/components/ui/user-text";
import { AnswerApprovalForm, AskForApprovalForm } from "./approval-forms";
import { useApprovalChanges } from "./use-approval-changes";

type Request = VersionApprovals["requests"][number];

function RequestItem({ t, locale, request }: { t: Translator; locale: Locale; request: Request }) {
  const when = (iso: string): string => formatDateBoth(new Date(iso), locale, { time: true });
  return (
    <li className="approval__request" data-status={request.status}>
      <p>
        <strong>
          <UserText text={request.approver.name} />
        </strong>
        {" — "}
        <span className="approval__status">{t(`approval.status.${request.status}`)}</span>
      </p>
      <p className="muted">
        <IsolatedSentence template={t("approval.askedOn", { name: "{name}", date: when(request.requestedAt) })} values={{ name: request.requestedBy.name }} />
        {request.answeredAt && ` · ${t("approval.answeredOn", { date: when(request.answeredAt) })}`}
      </p>
      {request.note && (
        <p className="approval__note" dir="auto">
          {request.note}
        </p>
      )}
    </li>
  );
}

export function ApprovalPanel(props: {
  meetingId: string;
  locale: Locale;
  canManage: boolean;
  userId: string;
  approvals: VersionApprovals;
  members: Array<{ userId: string; name: string }>;
}) {
  const { meetingId, locale, canManage, userId, approvals } = props;
  const t = translator(locale);
  const headingId = `${useId()}-heading`;
  const { waiting, status, error, ask, answer } = useApprovalChanges(meetingId, approvals.versionNumber, locale);
  const mine = approvals.requests.find((request) => request.approver.id === userId);
  const asked = new Set(approvals.requests.map((request) => request.approver.id));
  const open = !approvals.superseded;
  return (
    <section className="card approval" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("approval.heading")}
      </h2>
      <p className="approval__state" data-state={approvals.state}>
        {t(`approval.state.${approvals.state}`)}
      </p>
      {approvals.superseded && <p className="notice notice--info">{t("approval.superseded")}</p>}
      {canManage && (
        <p className="muted">
          {t("approval.publishesAs", { state: t(approvals.state === "approved" ? "report.approval.approved" : "report.approval.draft") })}
        </p>
      )}
      {approvals.requests.length === 0 ? (
        <p className="muted">{t("approval.none")}</p>
      ) : (
        <ul className="approval__requests">
          {approvals.requests.map((request) => (
            <RequestItem key={request.id} t={t} locale={locale} request={request} />
          ))}
        </ul>
      )}
      {open && mine?.status === "asked" && (
        <AnswerApprovalForm t={t} version={formatInteger(approvals.versionNumber, locale)} sha256={approvals.sha256} waiting={waiting} onAnswer={answer} />
      )}
      {open && canManage && (
        <>
          <p className="muted">{t("approval.intro")}</p>
          <AskForApprovalForm t={t} candidates={props.members.filter((member) => !asked.has(member.userId))} waiting={waiting} onAsk={ask} />
        </>
      )}
      <ChangeOutcome status={status} error={error} />
    </section>
  );
}
