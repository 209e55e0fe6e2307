import type { MessageKey } from "../../lib/i18n/messages-fa";
import type { Translator } from "../../lib/i18n/translate";
import type { ConnectionState, SessionState } from "./collab-session";

const CONNECTION_TEXT: Record<ConnectionState, MessageKey> = {
  connecting: "connection.connecting",
  connected: "connection.connected",
  offline: "connection.offline",
  closed: "connection.closed",
};

/** Whether the minutes are reachable, and whether this writer's changes are on
 * the server's disk ("saved" acknowledgements). */
export function ConnectionIndicator({ state, t }: { state: SessionState; t: Translator }) {
  const showSaved = state.canEdit && state.connection !== "closed" && (state.synced || state.unsaved);
  return (
    <div
      className="connection"
      role="status"
      aria-label={t("connection.label")}
      data-connection={state.connection}
      data-unsaved={String(state.unsaved)}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{t(CONNECTION_TEXT[state.connection])}</span>
      {showSaved && (
        <span className={state.unsaved ? "connection__save connection__save--pending" : "connection__save"}>
          {t(state.unsaved ? "save.unsaved" : "save.saved")}
        </span>
      )}
    </div>
  );
}
