// What identifies a locked version: when and by whom it was locked, its note,
// and its SHA-256 fingerprint (shortened, the whole one in a tooltip and for
// screen readers) with the result of re-checking it.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { UserText } from "../ui/user-text";

export interface VersionFactsView {
  number: number;
  lockedAtIso: string;
  /** Already written out in both calendars. */
  lockedAt: string;
  lockedBy: string;
  note: string;
  sha256: string;
  /** The stored content still hashes to the fingerprint and matches its Yjs state. */
  verified: boolean;
}

/** How many hex digits of the fingerprint are shown. */
const SHORT_HASH = 16;

export function VerifiedBadge({ verified, locale }: { verified: boolean; locale: Locale }) {
  const t = translator(locale);
  return (
    <span className="badge" data-tone={verified ? "ok" : "danger"} role={verified ? undefined : "alert"}>
      <span aria-hidden="true">{verified ? "✓" : "✗"}</span> {t(verified ? "versions.verified" : "versions.verifyFailed")}
    </span>
  );
}

export function VersionFacts({ version, locale, full = false }: { version: VersionFactsView; locale: Locale; full?: boolean }) {
  const t = translator(locale);
  const hashTitle = t("versions.hashTitle", { hash: version.sha256 });
  return (
    <dl className="details version-facts">
      <dt>{t("versions.lockedAt")}</dt>
      <dd>
        <time dateTime={version.lockedAtIso}>{version.lockedAt}</time>
      </dd>
      <dt>{t("versions.lockedBy")}</dt>
      <dd>
        <UserText text={version.lockedBy} />
      </dd>
      <dt>{t("versions.note")}</dt>
      <dd dir="auto" className={version.note ? "version-facts__note" : "muted"}>
        {version.note || t("versions.noNote")}
      </dd>
      <dt>{t("versions.hash")}</dt>
      <dd>
        {full ? (
          <code className="version-facts__hash" dir="ltr">
            {version.sha256}
          </code>
        ) : (
          <>
            <code className="version-facts__hash" dir="ltr" title={hashTitle} aria-hidden="true">
              {version.sha256.slice(0, SHORT_HASH)}…
            </code>
            <span className="visually-hidden">{hashTitle}</span>
          </>
        )}
        <span className="version-facts__check">
          <VerifiedBadge verified={version.verified} locale={locale} />
        </span>
      </dd>
    </dl>
  );
}
