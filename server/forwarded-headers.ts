// Headers a reverse proxy sets to say how a request reached it (its host, its
// scheme, the client's address). Any client can send them too, so they are
// believed only with TRUST_PROXY: otherwise they are dropped at the door, and
// Next.js, and next-auth after it, fill them in from the request's own Host
// header and connection.
import type { IncomingMessage } from "node:http";

export function dropForwardedHeaders(request: IncomingMessage): void {
  const { headers } = request;
  delete headers.forwarded;
  delete headers["x-forwarded-host"];
  delete headers["x-forwarded-proto"];
  delete headers["x-forwarded-port"];
  delete headers["x-forwarded-for"];
}
