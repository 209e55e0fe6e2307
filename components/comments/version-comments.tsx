"use client";
// A locked version's text, read-only, with its comments beside it: the text
// is the version's own Yjs state (so a selection becomes positions that also
// resolve in the live minutes and later versions), and changes to comments
// arrive over a quiet connection to the live minutes (no presence, no edits).
import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import * as Y from "yjs";
import type { Person } from "@/lib/comments/mention-text";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { MinutesBlockOptions } from "../minutes-editor/blocks/block-options";
import { BlocksContext, type BlocksContextValue } from "../minutes-editor/blocks/blocks-context";
import { browserMinutesExtensions } from "../minutes-editor/blocks/browser-extensions";
import { useCollabSession } from "../minutes-editor/use-collab-session";
import { commentHighlightsFor, useCommentsBridge } from "./comments-bridge";
import { CommentsApi } from "./comments-api";
import { CommentsPanel } from "./comments-panel";
import type { CommentChanges } from "./use-comment-threads";

export interface VersionCommentsProps {
  meetingId: string;
  versionNumber: number;
  locale: Locale;
  userId: string;
  isOrganizer: boolean;
  members: Person[];
  blocks: MinutesBlockOptions;
  textLabel: string;
}

type Loaded = { doc: Y.Doc } | { failed: true } | null;

export function VersionComments(props: VersionCommentsProps) {
  const { meetingId, versionNumber, locale } = props;
  const t = translator(locale);
  const [loaded, setLoaded] = useState<Loaded>(null);

  useEffect(() => {
    const controller = new AbortController();
    const doc = new Y.Doc();
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/versions/${versionNumber}/state`;
    fetch(url, { credentials: "same-origin", signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`version state: ${response.status}`);
        Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
        setLoaded({ doc });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ failed: true });
      });
    return () => {
      controller.abort();
      doc.destroy();
    };
  }, [meetingId, versionNumber]);

  if (loaded === null) {
    return (
      <p className="minutes-loading" aria-busy="true">
        {t("versionComments.loading")}
      </p>
    );
  }
  if ("failed" in loaded) {
    return (
      <p className="notice notice--error" role="alert">
        {t("versionComments.loadFailed")}
      </p>
    );
  }
  return <VersionText {...props} doc={loaded.doc} />;
}

function VersionText(props: VersionCommentsProps & { doc: Y.Doc }) {
  const { meetingId, versionNumber, locale, doc } = props;
  const t = translator(locale);
  const bridge = useCommentsBridge();
  const editor = useEditor(
    {
      extensions: [...browserMinutesExtensions(), Collaboration.configure({ document: doc, field: MINUTES_FRAGMENT }), commentHighlightsFor(bridge)],
      editable: false,
      immediatelyRender: false,
      editorProps: { attributes: { role: "textbox", "aria-multiline": "true", "aria-readonly": "true", "aria-label": props.textLabel, class: "minutes-prose" } },
    },
    [doc],
  );
  const api = useMemo(() => new CommentsApi(meetingId, versionNumber, locale), [meetingId, versionNumber, locale]);
  const changes = useCommentChanges(meetingId);
  const blocksContext = useMemo<BlocksContextValue>(
    () => ({ locale, t: translator(locale), editable: false, options: props.blocks, peopleListId: "", bodiesListId: "" }),
    [locale, props.blocks],
  );
  return (
    <div className="version-comments__layout">
      <BlocksContext.Provider value={blocksContext}>
        <div className="minutes-frame">
          <p className="notice notice--info">{t("versionComments.readOnly")}</p>
          <div className="minutes-sheet-frame">
            <EditorContent editor={editor} className="minutes-sheet" />
          </div>
        </div>
      </BlocksContext.Provider>
      <CommentsPanel
        editor={editor}
        doc={doc}
        api={api}
        changes={changes}
        t={t}
        locale={locale}
        userId={props.userId}
        isOrganizer={props.isOrganizer}
        members={props.members}
        bridge={bridge}
      />
    </div>
  );
}

/** "Comments changed" over a quiet connection to the live minutes (no
 * presence, never written to); null until it is open. */
function useCommentChanges(meetingId: string): CommentChanges | null {
  const { session } = useCollabSession(meetingId, 0, true);
  return useCallback<CommentChanges>((listener) => (session ? session.onCommentsChanged(listener) : () => undefined), [session]);
}
