"use client";
// What the approval panel changes, one change at a time: the organizer's
// request, or the asked member's answer. Sent, then the page is re-read from
// the server (the report's approvals part with it); the API's refusal is shown
// as its sentence.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { versionApprovals } from "@/lib/contracts/approvals";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { sendJson, type ApiResult } from "../ui/api-request";

export function useApprovalChanges(meetingId: string, versionNumber: number, locale: Locale) {
  const router = useRouter();
  const t = translator(locale);
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const waiting = busy || refreshing;
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/versions/${versionNumber}/approvals`;

  const change = async (send: () => Promise<ApiResult<unknown>>, done: string): Promise<boolean> => {
    if (sending.current || waiting) return false;
    sending.current = true;
    setBusy(true);
    setStatus("");
    setError(null);
    try {
      const result = await send();
      if (!result.ok) {
        setError(Object.values(result.fields)[0] ?? result.message);
        return false;
      }
      setStatus(done);
      startRefresh(() => router.refresh());
      return true;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const ask = (userIds: string[]): Promise<boolean> =>
    change(() => sendJson({ method: "POST", url: base, body: { userIds }, answer: versionApprovals, locale }), t("approval.asked"));

  const answer = (decision: "approve" | "decline", note: string): Promise<boolean> =>
    change(() => sendJson({ method: "PUT", url: `${base}/mine`, body: { decision, note }, answer: versionApprovals, locale }), t("approval.answered"));

  return { waiting, status, error, ask, answer };
}
