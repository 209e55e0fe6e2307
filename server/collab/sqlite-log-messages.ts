// What sqlite-update-log.ts and its worker thread (sqlite-log-worker.ts) say to each other.
import type { AppendItem, StoredDocument } from "./update-log";

export type LogRequest =
  | { id: number; op: "load"; name: string }
  | { id: number; op: "create"; name: string; snapshot: Uint8Array }
  | { id: number; op: "append"; items: AppendItem[] }
  | { id: number; op: "compact"; name: string; snapshot: Uint8Array }
  | { id: number; op: "close" };

export type LogResult = StoredDocument | number | null;

export type LogReply =
  | { id: number; ok: true; result: LogResult }
  | { id: number; ok: false; message: string; code: string | undefined };
