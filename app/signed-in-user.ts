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

export { safeReturnPath } from "../lib/safe-return-path";
