// A collaboration server on port 0 in this process, over a real database.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signCollabToken } from "@/server/auth/collab-token";
import { CollabServer, type CollabServerOptions } from "@/server/collab/server";
import type { Db } from "@/server/db/client";
import { buildInitialMinutes } from "@/server/domain/minutes/build-initial-minutes";

export const TEST_SECRET = "test-secret-that-is-long-enough-0123456789";

export interface RunningCollab {
  collab: CollabServer;
  http: Server;
  /** ws://127.0.0.1:<port>/collab — the serverUrl of a WebsocketProvider. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

export async function startCollab(db: Db, options: Partial<CollabServerOptions> = {}): Promise<RunningCollab> {
  const collab = new CollabServer({
    db,
    secret: TEST_SECRET,
    initialState: (docName) => buildInitialMinutes({ db, docName }),
    logger: { info: () => undefined, error: () => undefined },
    ...options,
  });
  const http = createServer((_request, response) => response.writeHead(404).end());
  http.on("upgrade", (request, socket, head) => {
    if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    collab,
    http,
    port,
    url: `ws://127.0.0.1:${port}/collab`,
    close: async () => {
      await collab.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** A token for one connection (each has its own id: the server accepts it once). */
export function tokenFor(userId: string, docName: string, secondsValid = 300, secret = TEST_SECRET): string {
  return signCollabToken(secret, { userId, docName, expiresAt: Math.floor(Date.now() / 1000) + secondsValid });
}

/** A new token for each connection, for a client that reconnects (connectStock takes it). */
export function tokensFor(userId: string, docName: string, secondsValid = 300, secret = TEST_SECRET): () => string {
  return () => tokenFor(userId, docName, secondsValid, secret);
}
