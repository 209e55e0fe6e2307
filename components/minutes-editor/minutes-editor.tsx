"use client";
// The live minutes editor: TipTap on the meeting's Y.Doc, with carets and
// presence of the others, the connection and saved state, and read-only mode
// for roles that may not write.
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import type { MinutesBlockOptions } from "./blocks/block-options";
import { BlockSuggestions } from "./blocks/block-suggestions";
import { BlocksContext, type BlocksContextValue } from "./blocks/blocks-context";
import { browserMinutesExtensions, setCurrentSpeaker } from "./blocks/browser-extensions";
import { InsertToolbar } from "./blocks/insert-toolbar";
import { SlashMenu } from "./blocks/slash-menu";
import { commentHighlightsFor, useCommentsBridge } from "../comments/comments-bridge";
import { LiveComments, type CommentsSetup } from "../comments/live-comments";
import type { CollabSession, SessionState } from "./collab-session";
import { ConnectionIndicator } from "./connection-indicator";
import { EditorToolbar } from "./editor-toolbar";
import { KeptEditsNotice } from "./kept-edits-notice";
import { PresenceList } from "./presence-list";
import { HoldWhileComposing } from "./hold-while-composing";
import { useSectionPresence } from "./section-presence";
import { SessionNotice } from "./session-notice";
import { useCollabSession } from "./use-collab-session";

export interface MinutesEditorProps {
  meetingId: string;
  locale: Locale;
  /** Who is writing, from the server session: shown to the others beside the caret. */
  user: { name: string; color: string };
  /** Suggestions and choices for the structured blocks, read on the server. */
  blocks: MinutesBlockOptions;
  /** The comments panel beside the minutes, when the reader may see comments. */
  comments?: CommentsSetup;
}

const NOT_OPEN: SessionState = {
  connection: "connecting",
  synced: false,
  canEdit: false,
  role: null,
  unsaved: false,
  waitingEdits: 0,
  setAside: [],
  closeCode: null,
  access: null,
  roleChanged: false,
  lock: null,
  peers: [],
  clusterDelayed: false,
};

export function MinutesEditor({ meetingId, locale, user, blocks, comments }: MinutesEditorProps) {
  const t = translator(locale);
  const [attempt, setAttempt] = useState(0);
  const { session, failed } = useCollabSession(meetingId, attempt);

  if (failed) {
    return (
      <div className="minutes-frame">
        <div className="notice notice--error" role="alert">
          <p>{t("editor.openFailed")}</p>
          <button
            type="button"
            className="button"
            onClick={() => setAttempt((value) => value + 1)}
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
        <StatusBar state={NOT_OPEN} t={t} locale={locale} />
        <p className="minutes-loading" aria-busy="true">
          {t("editor.loading")}
        </p>
      </div>
    );
  }
  return <LiveMinutes meetingId={meetingId} session={session} locale={locale} user={user} blocks={blocks} comments={comments} />;
}

interface LiveMinutesProps {
  meetingId: string;
  comments: CommentsSetup | undefined;
  session: CollabSession;
  locale: Locale;
  user: MinutesEditorProps["user"];
  blocks: MinutesBlockOptions;
}

/** TipTap on the session's Y.Doc, kept editable or not as the state says, with the user's caret. */
function useMinutesTipTap(options: {
  session: CollabSession;
  user: MinutesEditorProps["user"];
  role: SessionState["role"];
  editable: boolean;
  label: string;
  bridge: ReturnType<typeof useCommentsBridge>;
}) {
  const { session, user, editable, label, bridge } = options;
  const editor = useEditor(
    {
      extensions: [
        ...browserMinutesExtensions(),
        Collaboration.configure({ document: session.doc, field: MINUTES_FRAGMENT }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { name: user.name, color: user.color, role: session.getSnapshot().role },
        }),
        commentHighlightsFor(bridge),
        HoldWhileComposing.configure({ hold: session.remoteHold }),
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

  // The role shown to the others follows the ticket (a role change arrives with the next one).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.updateUser({ name: user.name, color: user.color, role: options.role });
  }, [editor, user.name, user.color, options.role]);

  return editor;
}

function LiveMinutes({ meetingId, session, locale, user, blocks, comments }: LiveMinutesProps) {
  const t = translator(locale);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const editable = state.canEdit && state.synced && state.connection !== "closed";
  const label = t("editor.label");
  // Who a speaker stamp names: the first guest unless the note-taker chooses another.
  const [speaker, setSpeaker] = useState(blocks.people[0] ?? "");
  const listIds = useId();
  const bridge = useCommentsBridge();

  const editor = useMinutesTipTap({ session, user, role: state.role, editable, label, bridge });

  useEffect(() => {
    if (editor && !editor.isDestroyed) setCurrentSpeaker(editor, speaker);
  }, [editor, speaker]);

  useSectionPresence(editor, session.provider.awareness);

  const blocksContext = useMemo<BlocksContextValue>(
    () => ({
      locale,
      t: translator(locale),
      editable,
      options: blocks,
      peopleListId: `${listIds}-people`,
      bodiesListId: `${listIds}-bodies`,
    }),
    [locale, editable, blocks, listIds],
  );

  return (
    <div className="minutes-frame">
      <StatusBar state={state} t={t} locale={locale} />
      <SessionNotice state={state} t={t} locale={locale} />
      <KeptEditsNotice entries={state.setAside} t={t} locale={locale} onRemove={(id) => session.removeSetAside(id)} />
      {state.canEdit && state.connection !== "closed" && (
        <div className="minutes-toolbars">
          <EditorToolbar editor={editor} editable={editable} t={t} />
          <InsertToolbar
            editor={editor}
            editable={editable}
            t={t}
            people={blocks.people}
            speaker={speaker}
            onSpeakerChange={setSpeaker}
          />
        </div>
      )}
      {!state.canEdit && state.access === null && state.closeCode === null && (
        <p className="notice notice--info">{t("editor.readOnly")}</p>
      )}
      <BlocksContext.Provider value={blocksContext}>
        <div className="minutes-sheet-frame">
          <EditorContent editor={editor} className="minutes-sheet" />
          {editable && <SlashMenu editor={editor} t={t} speaker={speaker} />}
        </div>
      </BlocksContext.Provider>
      <BlockSuggestions
        editor={editor}
        people={blocks.people}
        bodies={blocks.responsibleBodies}
        peopleListId={blocksContext.peopleListId}
        bodiesListId={blocksContext.bodiesListId}
      />
      {comments && <LiveComments setup={comments} meetingId={meetingId} session={session} editor={editor} locale={locale} bridge={bridge} />}
    </div>
  );
}

function StatusBar({ state, t, locale }: { state: SessionState; t: Translator; locale: Locale }) {
  return (
    <div className="minutes-status">
      <ConnectionIndicator state={state} t={t} locale={locale} />
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
