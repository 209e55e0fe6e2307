// The signed-in user of a request, for pages and route handlers.
import { getServerSession } from "next-auth";
import { AppError } from "@/lib/app-error";
import { authOptions } from "./auth-options";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  color: string;
  /** A site administrator (manages accounts), apart from any meeting role. */
  isAdmin: boolean;
  /** The interface language chosen on the profile; null: the browser's. */
  locale: "fa" | "en" | null;
}

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  return session?.user.id ? session.user : null;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated");
  return user;
}
