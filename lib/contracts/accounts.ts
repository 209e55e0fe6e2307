// What the account routes answer: the administrators' (/api/admin/accounts…),
// everyone's own (/api/account/…), and the first start's (/api/setup). The
// server builds `z.input` of these (Dates), the route shapes its answer with
// them, and the browser reads `z.output` (ISO strings).
import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { moment } from "./moment";

/** One row of the administrators' list. */
export const accountRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  /** No password yet: the invitation is not accepted. */
  invited: z.boolean(),
  lastSignInAt: moment.nullable(),
});

export const accountList = z.object({ accounts: z.array(accountRow) });

/** A one-time invitation or reset link, shown once to the administrator who sent it. */
export const issuedLink = z.object({
  /** The path with the token: the browser adds its own origin. */
  path: z.string(),
  expiresAt: moment,
});

/** POST /api/admin/accounts (201): the new account and its invitation. */
export const createdAccount = z.object({ id: z.string(), link: issuedLink });

/** POST /api/admin/accounts/:id/link (201). */
export const sentAccountLink = z.object({ link: issuedLink });

/** PUT /api/admin/accounts/:id/active. */
export const accountActive = z.object({ active: z.boolean() });

/** PUT /api/account/profile: what was saved. */
export const profile = z.object({ name: z.string(), locale: z.enum(LOCALES).nullable() });

/** POST /api/account/password: every session ended, this one too. */
export const passwordChanged = z.object({ changed: z.literal(true) });

/** POST /api/account/sign-out-everywhere. */
export const sessionsEnded = z.object({ ended: z.literal(true) });

/** POST /api/account/link: the address to sign in with, now that it has a password. */
export const redeemedLink = z.object({ email: z.string() });

/** POST /api/setup (201): the first administrator. */
export const firstAdmin = z.object({ id: z.string() });

export type AccountRow = z.output<typeof accountRow>;
