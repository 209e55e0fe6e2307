"use client";
// A number that changes after each editor transaction (at most once a frame):
// what lets a component re-read the editor's state, such as where highlights are.
import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";

export function useEditorTick(editor: Editor | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const onTransaction = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((value) => value + 1));
    };
    editor.on("transaction", onTransaction);
    return () => {
      cancelAnimationFrame(frame);
      editor.off("transaction", onTransaction);
    };
  }, [editor]);
  return tick;
}
