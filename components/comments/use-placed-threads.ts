"use client";
// The comment threads as the minutes place them: highlighted in the text
// (found again whenever the document changes), in document order with the
// section each one's words are in, and counted per section for the filter
// the panel shows.
import type { Editor } from "@tiptap/react";
import { useEffect, useMemo } from "react";
import type * as Y from "yjs";
import { sectionTitleAt } from "@/lib/editor/current-section";
import { highlightRanges, setHighlights, type ThreadRange } from "./comment-highlights";
import type { ThreadView } from "@/lib/contracts/comments";
import { useEditorTick } from "./use-editor-tick";

export interface Placed {
  thread: ThreadView;
  range: ThreadRange | null;
  section: string | null;
}

export interface SectionCount {
  title: string | null;
  count: number;
  /** The thread a click on the section shows. */
  first: string;
}

/** Shows the threads in the text and keeps their highlights in step with the document. */
function useHighlights(editor: Editor | null, doc: Y.Doc, threads: readonly ThreadView[] | undefined, activeId: string | null): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed || !threads) return;
    const shown = threads.map((thread) => ({ id: thread.id, anchor: thread.anchor, resolved: thread.status === "resolved" }));
    editor.view.dispatch(setHighlights(editor.state, { threads: shown, activeId }));
  }, [editor, threads, activeId]);
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const onUpdate = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!editor.isDestroyed) editor.view.dispatch(setHighlights(editor.state, { refresh: true }));
      });
    };
    doc.on("update", onUpdate);
    return () => {
      cancelAnimationFrame(frame);
      doc.off("update", onUpdate);
    };
  }, [editor, doc]);
}

export function usePlacedThreads(
  editor: Editor | null,
  doc: Y.Doc,
  threads: readonly ThreadView[] | undefined,
  activeId: string | null,
): Placed[] {
  useHighlights(editor, doc, threads, activeId);
  const tick = useEditorTick(editor);
  return useMemo<Placed[]>(() => {
    void tick;
    const ranges = editor && !editor.isDestroyed ? highlightRanges(editor.state) : new Map<string, ThreadRange>();
    const all = (threads ?? []).map((thread) => {
      const range = editor ? (ranges.get(thread.id) ?? null) : thread.range;
      const section = range && editor && !editor.isDestroyed ? sectionTitleAt(editor.state.doc, range.from + 1) : null;
      return { thread, range, section };
    });
    // Document order; threads whose words are gone come last, oldest first.
    return all.sort(
      (a, b) =>
        (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity) ||
        (a.range?.to ?? 0) - (b.range?.to ?? 0) ||
        a.thread.createdAt.localeCompare(b.thread.createdAt),
    );
  }, [threads, editor, tick]);
}

/** How many of the shown threads each section holds, in document order. */
export function sectionCounts(visible: readonly Placed[]): SectionCount[] {
  const counts = new Map<string, SectionCount>();
  for (const entry of visible) {
    const key = entry.section ?? "";
    const found = counts.get(key);
    if (found) found.count += 1;
    else counts.set(key, { title: entry.section, count: 1, first: entry.thread.id });
  }
  return [...counts.values()];
}
