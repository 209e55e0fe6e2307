// next-auth configuration: email + password (bcrypt), JWT sessions that end
// when the account's session version moves on, after the absolute lifetime,
// or after the idle timeout. Failed sign-ins are counted (sign-in-limiter);
// the route refuses before this runs once an account or address is over.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { isLocale } from "@/lib/i18n/locales";
import { getServices } from "../services";
import { verifyPassword } from "./password";
import { IDLE_SESSION_SECONDS, sessionAccount } from "./session-check";

/** Set by the process's HTTP server from the socket, replacing anything a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-kateb-client-address";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  const { config, db, signInLimiter } = getServices();
  return {
    secret: config.secret,
    session: { strategy: "jwt", maxAge: IDLE_SESSION_SECONDS },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const address = clientAddress(request.headers);
          const user = await db.user.findUnique({ where: { email } });
          // An unknown address is compared against a stand-in hash: the same time as a known one.
          const matches = await verifyPassword(password, user?.passwordHash);
          if (!user || !matches || user.deactivatedAt !== null) {
            await signInLimiter?.failed(email, address);
            return null;
          }
          await signInLimiter?.succeeded(email);
          await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
          return { id: user.id, name: user.name, email: user.email, color: user.color, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.color = user.color;
          token.sv = user.sessionVersion;
          token.authTime = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      async session({ session, token }) {
        const account = await sessionAccount(db, token);
        session.user = {
          // An ended session keeps its cookie until it expires, but names no one.
          id: account ? (token.sub ?? "") : "",
          name: account?.name ?? token.name ?? "",
          email: token.email ?? "",
          color: typeof token.color === "string" ? token.color : "#555",
          isAdmin: account?.isAdmin ?? false,
          locale: isLocale(account?.locale) ? account.locale : null,
        };
        return session;
      },
    },
  };
}

export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value ? value : null;
}
