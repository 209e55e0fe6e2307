// Cross-site request forgery, beyond SameSite=Lax (which lets a page on another
// port of the same host post with the cookie): a state-changing request is
// refused (403) unless the browser says it comes from this origin
// (Sec-Fetch-Site, else Origin against the Host), and unless its body, when it
// has one, is JSON, which no HTML form can send. A client that is no browser
// sends neither header and carries no one's cookie by accident.
import { AppError } from "@/lib/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a "binary" body may be declared as: no type a cross-site form can send. */
const BINARY_TYPES = new Set(["image/png", "image/jpeg", "application/octet-stream"]);

export function refuseCrossSite(request: Request, options: { body: "json" | "form" | "binary" } = { body: "json" }): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site !== null) {
    if (site !== "same-origin" && site !== "none") throw new AppError("forbidden", "error.crossSite");
  } else if (origin !== null && !sameOrigin(origin, request)) {
    throw new AppError("forbidden", "error.crossSite");
  }
  const hasBody = request.headers.has("content-length") ? request.headers.get("content-length") !== "0" : request.headers.has("transfer-encoding");
  if (!hasBody || options.body === "form") return;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (options.body === "binary" ? !BINARY_TYPES.has(type ?? "") : type !== "application/json") throw new AppError("forbidden", "error.crossSite");
}

function sameOrigin(origin: string, request: Request): boolean {
  if (origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const own = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  return host === own;
}
