"use client";
// A published report's address, whole (with this site's origin once the page
// runs in the browser), with a button that copies it and says so.
import { useState, useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

const noSubscription = (): (() => void) => () => undefined;

export function PublicLink({ path, locale, id }: { path: string; locale: Locale; id?: string }) {
  const t = translator(locale);
  // The server does not know the address the reader used: it renders the path.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const url = `${origin}${path}`;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.href).href);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <span className="public-link">
      <a id={id} className="public-link__url" href={path} dir="ltr">
        {url}
      </a>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t("publication.copy")}
      </button>
      <span className="public-link__status" role="status">
        {copied === "copied" ? t("publication.copied") : copied === "failed" ? t("publication.copyFailed") : ""}
      </span>
    </span>
  );
}
