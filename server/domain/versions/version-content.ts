// The exact bytes a version's hash covers, and how the hash is computed:
// SHA-256 (hex) of the UTF-8 bytes of the canonical JSON of the ProseMirror
// document. Anyone holding the content can recompute it.
import { createHash } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { canonicalJson } from "@/lib/canonical-json";
import { minutesJson } from "../minutes/read-meeting-minutes";

export function contentHash(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

export function versionContent(json: JSONContent): { content: string; sha256: string } {
  const content = canonicalJson(json);
  return { content, sha256: contentHash(content) };
}

/** The canonical JSON of the minutes held by a Yjs state; throws when the
 * state does not decode. */
export function contentOfState(yjsState: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, yjsState);
    return canonicalJson(minutesJson(doc));
  } finally {
    doc.destroy();
  }
}
