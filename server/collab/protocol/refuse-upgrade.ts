// Refusing an upgrade request before the WebSocket handshake: a plain HTTP status, then the socket closed.
import type { Duplex } from "node:stream";

const reasons: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function refuse(socket: Duplex, status: number): void {
  if (!socket.destroyed) {
    socket.write(`HTTP/1.1 ${status} ${reasons[status] ?? "Error"}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
