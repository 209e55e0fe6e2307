"use client";
// The comments panel of the live minutes, drawn into the meeting page's side
// column (an element the page renders with `slotId`), and told of changes over
// the minutes' own collaboration connection.
import type { Editor } from "@tiptap/react";
import { useCallback, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import type { Person } from "@/lib/comments/mention-text";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { CollabSession } from "../minutes-editor/collab-session";
import { CommentsApi } from "./comments-api";
import { CommentsPanel, type CommentsBridge } from "./comments-panel";

/** How long a new thread waits for the words just typed to be stored. */
const SAVE_WAIT_MS = 5_000;

export interface CommentsSetup {
  userId: string;
  isOrganizer: boolean;
  /** Whom a comment can mention: the meeting's members. */
  members: Person[];
  /** The id of the element the panel is drawn into. */
  slotId: string;
}

interface LiveCommentsProps {
  setup: CommentsSetup;
  meetingId: string;
  session: CollabSession;
  editor: Editor | null;
  locale: Locale;
  bridge: CommentsBridge;
}

export function LiveComments({ setup, meetingId, session, editor, locale, bridge }: LiveCommentsProps) {
  // Drawn in the browser only (the editor is), after the page's own markup.
  const [slot] = useState(() => document.getElementById(setup.slotId));
  const api = useMemo(() => new CommentsApi(meetingId, null, locale), [meetingId, locale]);
  const changes = useCallback((listener: (threadId: string | null) => void) => session.onCommentsChanged(listener), [session]);
  // Waits (a few seconds at most: offline, the server's refusal says why) until
  // the words just typed are stored, since a thread is anchored on stored words.
  const whenSaved = useCallback(
    () =>
      new Promise<void>((resolve) => {
        if (!session.getSnapshot().unsaved) return resolve();
        const done = () => {
          clearTimeout(timer);
          stop();
          resolve();
        };
        const timer = setTimeout(done, SAVE_WAIT_MS);
        const stop = session.subscribe(() => {
          if (!session.getSnapshot().unsaved) done();
        });
      }),
    [session],
  );
  if (!slot) return null;
  return createPortal(
    <CommentsPanel
      editor={editor}
      doc={session.doc}
      api={api}
      changes={changes}
      t={translator(locale)}
      locale={locale}
      userId={setup.userId}
      isOrganizer={setup.isOrganizer}
      members={setup.members}
      whenSaved={whenSaved}
      bridge={bridge}
    />,
    slot,
  );
}
