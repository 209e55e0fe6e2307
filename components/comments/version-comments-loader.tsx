"use client";
// Loads a version's comments view in the browser only: it holds the page's
// one copy of Yjs, the editor and a WebSocket.
import dynamic from "next/dynamic";
import type { VersionCommentsProps } from "./version-comments";

const VersionComments = dynamic(() => import("./version-comments").then((module) => module.VersionComments), { ssr: false });

export function VersionCommentsLoader(props: VersionCommentsProps) {
  return <VersionComments {...props} />;
}
