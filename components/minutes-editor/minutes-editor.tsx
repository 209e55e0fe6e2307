"use client";
// The live minutes editor: TipTap on the meeting's Y.Doc, with carets and
// presence of the others, the connection and saved state, and read-only mode
// for roles that may not write.
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { MINUTES_FRAGMENT, minutesExtensions } from "../../lib/editor/extensions";
import type { Locale } from "../../lib/i18n/locales";
import { translator, type Translator } from "../../lib/i18n/translate";
import { CollabSession, type SessionState } from "./collab-session";
import { ConnectionIndicator } from "./connection-indicator";
import { EditorToolbar } from "./editor-toolbar";
import { PresenceList } from "./presence-list";
import { SessionNotice } from "./session-notice";

export interface MinutesEditorProps {
  meetingId: string;
  locale: Locale;
  /** Who is writing, from the server session: shown to the others beside the caret. */
  user: { name: string; color: string };
}

const NOT_OPEN: SessionState = {
  connection: "connecting",
  synced: false,
  canEdit: false,
  unsaved: false,
  closeCode: null,
  access: null,
  peers: [],
};

export function MinutesEditor({ meetingId, locale, user }: MinutesEditorProps) {
  const t = translator(locale);
  const [session, setSession] = useState<CollabSession | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let opened: CollabSession | null = null;
    CollabSession.open(meetingId, controller.signal).then(
      (session) => {
        if (controller.signal.aborted) return session.destroy();
        opened = session;
        setSession(session);
      },
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => {
      controller.abort();
      opened?.destroy();
    };
  }, [meetingId, attempt]);

  if (failed) {
    return (
      <div className="minutes-frame">
        <div className="notice notice--error" role="alert">
          <p>{t("editor.openFailed")}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFailed(false);
              setAttempt((value) => value + 1);
            }}
          >
            {t("editor.retry")}
          </button>
        </div>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="minutes-frame">
        <StatusBar state={NOT_OPEN} t={t} />
        <p className="minutes-loading" aria-busy="true">
          {t("editor.loading")}
        </p>
      </div>
    );
  }
  return <LiveMinutes session={session} locale={locale} user={user} />;
}

function LiveMinutes({ session, locale, user }: { session: CollabSession; locale: Locale; user: MinutesEditorProps["user"] }) {
  const t = translator(locale);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const editable = state.canEdit && state.synced && state.connection !== "closed";
  const label = t("editor.label");

  const editor = useEditor(
    {
      extensions: [
        ...minutesExtensions(),
        Collaboration.configure({ document: session.doc, field: MINUTES_FRAGMENT }),
        CollaborationCaret.configure({ provider: session.provider, user: { name: user.name, color: user.color } }),
      ],
      editable,
      immediatelyRender: false,
      editorProps: { attributes: editorAttributes(label, editable) },
    },
    [session],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, editable) } });
  }, [editor, editable, label]);

  return (
    <div className="minutes-frame">
      <StatusBar state={state} t={t} />
      <SessionNotice state={state} t={t} />
      {state.canEdit && state.connection !== "closed" && <EditorToolbar editor={editor} editable={editable} t={t} />}
      {!state.canEdit && state.access === null && state.closeCode === null && (
        <p className="notice notice--info">{t("editor.readOnly")}</p>
      )}
      <EditorContent editor={editor} className="minutes-sheet" />
    </div>
  );
}

function StatusBar({ state, t }: { state: SessionState; t: Translator }) {
  return (
    <div className="minutes-status">
      <ConnectionIndicator state={state} t={t} />
      <PresenceList peers={state.peers} t={t} />
    </div>
  );
}

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    "aria-readonly": String(!editable),
    class: "minutes-prose",
  };
}
