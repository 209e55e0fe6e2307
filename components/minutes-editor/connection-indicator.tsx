import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import type { ConnectionState, SessionState } from "./collab-session";

const CONNECTION_TEXT: Record<ConnectionState, MessageKey> = {
  connecting: "connection.connecting",
  connected: "connection.connected",
  offline: "connection.offline",
  closed: "connection.closed",
};

/** Whether the minutes are reachable, and whether this writer's changes are on
 * the server's disk ("saved" acknowledgements): how many edits wait, if any. */
export function ConnectionIndicator({ state, t, locale }: { state: SessionState; t: Translator; locale: Locale }) {
  const showSaved = state.canEdit && state.connection !== "closed" && (state.synced || state.unsaved);
  return (
    <div
      className="connection"
      role="status"
      aria-label={t("connection.label")}
      data-connection={state.connection}
      data-unsaved={String(state.unsaved)}
      data-waiting={state.waitingEdits}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{t(CONNECTION_TEXT[state.connection])}</span>
      {state.clusterDelayed && state.connection === "connected" && (
        <span className="connection__cluster" data-cluster="delayed">
          {t("connection.clusterDelayed")}
        </span>
      )}
      {showSaved && (
        <span className={state.unsaved ? "connection__save connection__save--pending" : "connection__save"}>
          {saveText(state, t, locale)}
        </span>
      )}
    </div>
  );
}

function saveText(state: SessionState, t: Translator, locale: Locale): string {
  if (!state.unsaved) return t("save.saved");
  const waiting = state.waitingEdits;
  if (waiting === 0) return t("save.unsaved");
  return t(waiting === 1 ? "save.waiting.one" : "save.waiting.other", { count: formatInteger(waiting, locale) });
}
