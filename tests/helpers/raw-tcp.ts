// Plain TCP connections to a test server, for what a WebSocket client cannot
// do: send half an upgrade, or frames before the server has answered it.
import { connect, type Socket } from "node:net";

const open: Socket[] = [];

/** A connection to 127.0.0.1:`port`, destroyed by destroyAllTcp(). */
export function tcp(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.on("error", reject);
    open.push(socket);
  });
}

/** The first line the server sends (e.g. its HTTP status line). */
export function firstLine(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let received = "";
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) resolve(received.slice(0, received.indexOf("\r\n")));
    });
  });
}

/** A WebSocket upgrade request for `path`; `complete: false` leaves off the
 * blank line that ends it, as a client still sending it would. */
export function upgradeRequest(path: string, port: number, { complete }: { complete: boolean }): string {
  const head = [
    `GET ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
    "Sec-WebSocket-Version: 13",
  ].join("\r\n");
  return complete ? `${head}\r\n\r\n` : head;
}

export function destroyAllTcp(): void {
  for (const socket of open.splice(0)) socket.destroy();
}
