// A client of a server under test, whichever protocol it speaks.
import type * as Y from "yjs";
import type { Target } from "../scenario";
import { HocuspocusClient } from "./hocuspocus-client";
import { katebToken } from "./kateb-token";
import { connectStockClient } from "./stock-client";

export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves when the first sync with the server is complete. */
  readonly synced: Promise<void>;
  /** Sends a sync step 1 and resolves on the server's step 2 in answer: the server
   * has taken everything sent before it (servers answer a connection in order). */
  roundTrip(): Promise<void>;
  destroy(): void;
}

/** A client of `userId` (a token for Kateb, a name for the others) on `docName`. */
export function connectClient(target: Target, docName: string, userId: string): BenchClient {
  if (target.protocol === "hocuspocus") return new HocuspocusClient(target.url, docName, userId);
  const secret = target.tokenSecret;
  return connectStockClient(target.url, docName, secret === undefined ? null : () => katebToken(secret, userId, docName));
}
