"use client";
// Loads the live editor in the browser only: it holds the page's one copy of
// Yjs and a WebSocket, neither of which belongs in server rendering.
import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import { translator } from "@/lib/i18n/translate";
import type { MinutesEditorProps } from "./minutes-editor";

const LoadingText = createContext("");

function EditorLoading() {
  return (
    <p className="minutes-loading" aria-busy="true">
      {useContext(LoadingText)}
    </p>
  );
}

const MinutesEditor = dynamic(() => import("./minutes-editor").then((module) => module.MinutesEditor), {
  ssr: false,
  loading: EditorLoading,
});

export function MinutesEditorLoader(props: MinutesEditorProps) {
  return (
    <LoadingText.Provider value={translator(props.locale)("editor.loading")}>
      <MinutesEditor {...props} />
    </LoadingText.Provider>
  );
}
