import { CloseCode } from "@/lib/collab-protocol";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { NamedSentence } from "../ui/named-sentence";
import type { SessionState } from "./collab-session";

function closeMessage(code: number): MessageKey {
  if (code === CloseCode.readOnly) return "close.readOnly";
  if (code === CloseCode.locked) return "close.locked";
  if (code === CloseCode.structure) return "close.structure";
  if (code === CloseCode.malformedMessage) return "close.malformed";
  return "close.other";
}

/** A sentence when the minutes cannot be worked on as usual, and what to do. */
export function SessionNotice({ state, t, locale }: { state: SessionState; t: Translator; locale: Locale }) {
  if (state.access === "revoked") {
    return (
      <p className="notice notice--error" role="alert">
        {t("access.revoked")}
      </p>
    );
  }
  if (state.access === "session-ended") {
    const here = typeof window === "undefined" ? "/" : window.location.pathname;
    return (
      <p className="notice notice--warning" role="alert">
        {t("access.sessionEnded")}{" "}
        <a href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{t("access.signInAgain")}</a>
      </p>
    );
  }
  if (state.closeCode !== null) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t(closeMessage(state.closeCode))}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("editor.reload")}
        </button>
      </div>
    );
  }
  if (state.lock?.locked) {
    return (
      <p className="notice notice--info" role="status">
        <NamedSentence
          template={t("lock.lockedBy", { version: state.lock.version === null ? "" : formatInteger(state.lock.version, locale) })}
          name={state.lock.lockedBy ?? ""}
        />
      </p>
    );
  }
  if (state.lock && !state.lock.locked) {
    return (
      <p className="notice notice--info" role="status">
        {t("lock.reopened")}
      </p>
    );
  }
  if (state.roleChanged && state.role) {
    return (
      <p className="notice notice--info" role="status">
        {t("access.roleChanged", { role: t(`role.${state.role}`) })}
      </p>
    );
  }
  return null;
}
