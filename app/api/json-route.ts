// The frame of a JSON route handler: the signed-in user (401 without one), the
// process's services, and any error answered in the user's language.
import type { SessionUser } from "@/server/auth/session";
import { requireUser } from "@/server/auth/session";
import { getServices, type Services } from "@/server/services";
import { errorResponse, requestLocale } from "./error-response";
import { readJsonLimited } from "./limited-body";
import { refuseCrossSite } from "./same-origin";

export async function jsonRoute(
  request: Request,
  run: (context: { user: SessionUser; services: Services }) => Promise<Response>,
  /** "binary": the body is a file's bytes (an image), not JSON. */
  body: "json" | "binary" = "json",
): Promise<Response> {
  try {
    refuseCrossSite(request, { body });
    const user = await requireUser();
    return await run({ user, services: getServices() });
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}

/** The request's JSON body (at most 1 MiB, else 413), or undefined when it has
 * none (the schema then says what is missing). */
export function jsonBody(request: Request): Promise<unknown> {
  return readJsonLimited(request);
}
