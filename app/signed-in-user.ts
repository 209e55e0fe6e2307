// The signed-in user for pages: looked up once per request, and a redirect to
// the sign-in page (coming back to `returnTo` afterwards) when there is none.
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentUser, type SessionUser } from "../server/auth/session";

export const signedInUser = cache(currentUser);

export async function requireSignedIn(returnTo: string): Promise<SessionUser> {
  const user = await signedInUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** A same-site path to return to after signing in; anything else goes home. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return "/";
  }
  return value;
}
