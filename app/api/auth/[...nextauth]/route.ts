// next-auth's routes, with what it does not do itself in front of the
// credentials sign-in: bodies over 16 KiB are refused with 413 while they
// stream, and an account or address over its failed-sign-in limit gets 429
// with Retry-After (and, for next-auth's client, an error it can name).
import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { AppError } from "@/lib/app-error";
import { errorAnswer } from "@/lib/contracts/error-answer";
import { throttledSignIn } from "@/lib/contracts/sign-in";
import { THROTTLED_ERROR } from "@/lib/sign-in-errors";
import { authOptions, CLIENT_ADDRESS_HEADER } from "@/server/auth/auth-options";
import { getServices } from "@/server/services";
import { answer } from "@/app/api/answer";
import { errorResponse, requestLocale } from "@/app/api/error-response";
import { readBodyLimited, SMALL_BODY_LIMIT } from "@/app/api/limited-body";
import { refuseCrossSite } from "@/app/api/same-origin";

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

async function GET(request: NextRequest, context: RouteContext): Promise<Response> {
  const params = await context.params;
  return (await NextAuth(request, { params }, authOptions())) as Response;
}

async function POST(request: NextRequest, context: RouteContext): Promise<Response> {
  const params = await context.params;
  let body: Uint8Array;
  try {
    // next-auth's own forms (sign-in, sign-out) post urlencoded, with its CSRF token.
    refuseCrossSite(request, { body: "form" });
    body = await readBodyLimited(request, SMALL_BODY_LIMIT);
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
  if (params.nextauth.join("/") === "callback/credentials") {
    const email = new URLSearchParams(new TextDecoder().decode(body)).get("email")?.trim().toLowerCase() ?? "";
    const address = request.headers.get(CLIENT_ADDRESS_HEADER) || null;
    const wait = (await getServices().signInLimiter?.retryAfter(email, address)) ?? 0;
    if (wait > 0) {
      const refused = errorResponse(new AppError("too_many_requests", "auth.signIn.throttled", undefined, wait), requestLocale(request));
      const { error } = errorAnswer.parse(await refused.json());
      const url = new URL("/signin", request.nextUrl.origin);
      url.searchParams.set("error", `${THROTTLED_ERROR}.${wait}`);
      return answer(throttledSignIn, { error, url: url.toString() }, { status: 429, headers: refused.headers });
    }
  }
  // next-auth reads the body itself: it gets the bytes already read.
  const replay = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit });
  return (await NextAuth(replay, { params }, authOptions())) as Response;
}

export { GET, POST };
