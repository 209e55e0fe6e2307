"use client";
// The link between an editor and its comments panel: the editor's extension
// calls these, the panel sets them on each render.
import { useMemo } from "react";
import { CommentHighlights } from "./comment-highlights";
import type { CommentsBridge } from "./comments-panel";

export function useCommentsBridge(): CommentsBridge {
  return useMemo(() => ({ activateRef: { current: () => undefined }, startCommentRef: { current: () => false } }), []);
}

/** The editor extension that highlights threads and calls into the panel. */
export function commentHighlightsFor(bridge: CommentsBridge) {
  return CommentHighlights.configure({ onActivate: bridge.activateRef, onStartComment: bridge.startCommentRef });
}
