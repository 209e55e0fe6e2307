// Every request's body, whatever route or page it is for, is bounded before
// Next.js sees it: a declared Content-Length over the limit is answered 413 at
// once, and a body without one (chunked) is counted as it streams and the
// connection ended with 413 when it crosses the limit. Nothing is buffered
// here; routes keep their own, lower limits (sign-in: 16 KiB).
import type { IncomingMessage, ServerResponse } from "node:http";

export const DEFAULT_REQUEST_BODY_LIMIT = 1024 * 1024;

function refuse(request: IncomingMessage, response: ServerResponse): void {
  if (!response.headersSent) {
    response.writeHead(413, { "Content-Type": "application/json; charset=utf-8", Connection: "close", "Cache-Control": "no-store" });
    response.end(JSON.stringify({ error: { code: "too_large", message: "The request is too large." } }));
  }
  // Stop reading what is still coming.
  request.unpipe();
  request.pause();
  response.once("finish", () => request.socket.destroy());
}

/** False when the request was refused (answered 413): do not handle it further. */
export function limitRequestBody(request: IncomingMessage, response: ServerResponse, limit: number): boolean {
  const declared = Number(request.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    refuse(request, response);
    return false;
  }
  if (request.headers["transfer-encoding"] === undefined) return true;
  let received = 0;
  const emit = request.emit.bind(request);
  // Counts the chunks as they are emitted to whoever reads them, without
  // reading anything itself (a 'data' listener would start the flow).
  request.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === "data") {
      const chunk = args[0];
      received += Buffer.isBuffer(chunk) || typeof chunk === "string" ? chunk.length : 0;
      if (received > limit) {
        refuse(request, response);
        return false;
      }
    }
    return emit(event, ...args);
  }) as IncomingMessage["emit"];
  return true;
}
