import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; color: string; isAdmin: boolean; locale: "fa" | "en" | null };
  }
  interface User {
    color: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    color?: string;
    /** The account's session version when this session began: a higher one ends it. */
    sv?: number;
    /** When this session began (seconds since the epoch): it ends after the absolute lifetime. */
    authTime?: number;
  }
}
