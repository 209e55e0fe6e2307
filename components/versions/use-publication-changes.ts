"use client";
// What the publication panels change, one change at a time: a change is sent,
// then the page is re-read from the server, and its sentence or the API's
// refusal is shown. A second click while a change is on its way sends
// nothing (the buttons are disabled too, but a click can come before the
// page has drawn that). Revoking a link is asked, then confirmed.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { publicationSummary } from "@/lib/contracts/publications";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { sendJson, type ApiResult } from "../ui/api-request";

export function usePublicationChanges(meetingId: string, locale: Locale) {
  const router = useRouter();
  const t = translator(locale);
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const waiting = busy || refreshing;
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/publications`;

  /** Sends the change; then says what `done` makes of its answer and re-reads the page, or shows the API's sentence. */
  const change = async <T>(send: () => Promise<ApiResult<T>>, done: (result: { status: number; data: T }) => string): Promise<boolean> => {
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
      setStatus(done(result));
      startRefresh(() => router.refresh());
      return true;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  /** Publishes version `versionNumber`; answers whether the request went through. */
  const publish = (versionNumber: number, indexable: boolean, version: string): Promise<boolean> =>
    change(
      () => sendJson({ method: "POST", url: base, body: { versionNumber, indexable }, answer: publicationSummary, locale }),
      // 200: the version had a live link, and that is the answer.
      ({ status: answered }) => t(answered === 201 ? "publication.published" : "publication.alreadyPublished", { version }),
    );

  const revoke = async (publicationId: string): Promise<void> => {
    const url = `${base}/${encodeURIComponent(publicationId)}`;
    await change(() => sendJson({ method: "DELETE", url, answer: publicationSummary, locale }), () => t("publication.revoked"));
    setConfirming(null);
  };

  /** The revoke controls of one link. */
  const revokeControls = (publicationId: string) => ({
    confirming: confirming === publicationId,
    waiting,
    onAsk: () => {
      setConfirming(publicationId);
      setStatus("");
      setError(null);
    },
    onCancel: () => setConfirming(null),
    onRevoke: () => void revoke(publicationId),
  });

  return { waiting, status, error, publish, revokeControls };
}
