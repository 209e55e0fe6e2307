"use client";
// Lands a link to a block (…#block-<id>, as search results and the tracker
// give) on it: scrolls to the block and marks it with .block-target. A
// version's report has the block's id in its HTML from the start; the live
// editor draws its blocks once it has loaded (a structured block's view
// carries data-block-id, a section its data-id), so the block is waited for,
// and marked again if the editor draws it anew.
import { useEffect } from "react";

export const BLOCK_TARGET_CLASS = "block-target";
const BLOCK_HASH = /^#block-([0-9A-Za-z_-]{1,64})$/;
/** How often a redrawn block is marked again before the highlighter gives up. */
const MAX_MARKS = 8;

export function blockIdOfHash(hash: string): string | null {
  return BLOCK_HASH.exec(hash)?.[1] ?? null;
}

function findBlock(id: string): HTMLElement | null {
  const quoted = CSS.escape(id);
  return (
    document.getElementById(`block-${id}`) ??
    document.querySelector<HTMLElement>(`[data-block-id="${quoted}"]`) ??
    document.querySelector<HTMLElement>(`.ProseMirror [data-id="${quoted}"]`)
  );
}

/** Marks the hash's block now and whenever it is drawn anew; returns the stop. */
function landOn(id: string): () => void {
  let marks = 0;
  let marked: HTMLElement | null = null;
  // Called on every change to the page (each keystroke in the live editor):
  // nothing is looked up while the marked block is still there, and nothing
  // is watched once it has been marked MAX_MARKS times.
  const mark = (): void => {
    if (marked?.isConnected && marked.classList.contains(BLOCK_TARGET_CLASS)) return;
    if (marks >= MAX_MARKS) return observer.disconnect();
    const block = findBlock(id);
    if (!block) return;
    marks += 1;
    block.classList.add(BLOCK_TARGET_CLASS);
    if (marked === null) block.scrollIntoView({ block: "center" });
    marked = block;
  };
  const observer = new MutationObserver(mark);
  observer.observe(document.body, { childList: true, subtree: true });
  mark();
  return () => {
    observer.disconnect();
    for (const marked of document.querySelectorAll(`.${BLOCK_TARGET_CLASS}`)) marked.classList.remove(BLOCK_TARGET_CLASS);
  };
}

export function BlockTargetHighlight() {
  useEffect(() => {
    let stop: (() => void) | null = null;
    const follow = (): void => {
      stop?.();
      const id = blockIdOfHash(window.location.hash);
      stop = id === null ? null : landOn(id);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => {
      window.removeEventListener("hashchange", follow);
      stop?.();
    };
  }, []);
  return null;
}
