// The report's sign-off: whether the version is approved (every member asked
// approved it, at least one) or a draft not approved, who approved it and
// when, in both calendars, and the hash of the version they approved. Only a
// report given its approvals (the version page, the exports, the public page)
// has this part.
import { formatGregorian, formatJalali } from "@/lib/jalali-date";
import type { Translator } from "@/lib/i18n/translate";
import { fieldsLine } from "./report-text";
import type { ReportInput, ReportText } from "./report-types";

export interface ReportApprovalInput {
  /** Every request approved, at least one. */
  approved: boolean;
  /** Who approved, and when, in the order asked. */
  approvedBy: Array<{ name: string; at: Date }>;
}

export interface ReportApprovalOutline {
  approved: boolean;
  /** "Approved" or "Draft, not approved". */
  status: string;
  /** Said under a draft's status: why it is one. */
  hint: string | null;
  /** "Approved by …, on …", one a person. */
  lines: ReportText[];
  hash: { label: string; value: string };
}

export function reportApproval(input: ReportInput, t: Translator): ReportApprovalOutline | undefined {
  const { approval, locale } = input;
  if (!approval) return undefined;
  const lines = approval.approvedBy.map(({ name, at }) =>
    fieldsLine(
      t("report.approval.approvedBy", {
        name: "{name}",
        jalali: formatJalali(at, locale, { time: true }),
        gregorian: formatGregorian(at, locale, { weekday: false }),
      }),
      { name },
    ),
  );
  return {
    approved: approval.approved,
    status: t(approval.approved ? "report.approval.approved" : "report.approval.draft"),
    hint: approval.approved ? null : t("report.approval.draftHint"),
    lines,
    hash: { label: t("report.approval.hash"), value: input.version.sha256 },
  };
}
