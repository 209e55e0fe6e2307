// English UI strings of accounts. Keys and placeholders must match messages-accounts-fa.ts.
import type { accountsFa } from "./messages-accounts-fa";

export const accountsEn: Record<keyof typeof accountsFa, string> = {
  "demo.banner": "Demo: these accounts have a published password; Kateb is reachable from this computer only.",
  "setup.title": "Set up Kateb",
  "setup.intro": "There are no accounts yet. Create the first administrator; they create everyone else's accounts.",
  "setup.name": "Full name",
  "setup.email": "Email",
  "setup.password": "Password",
  "setup.passwordHint": "At least 10 characters; common and guessable passwords are refused.",
  "setup.confirm": "Repeat the password",
  "setup.submit": "Create the administrator",
  "setup.pending": "Creating…",
  "setup.done": "The administrator's account is ready. Sign in now.",
  "setup.signIn": "Sign in",
  "setup.linkInvalid": "This setup link is not valid or was used already. Take the link from the log of the server's latest start.",
  "setup.alreadyDone": "Kateb is set up already. Ask an administrator to invite you.",
  "accounts.emailTaken": "An account with this email exists already.",
  "password.tooShort": "The password must be at least 10 characters long.",
  "password.tooLong": "The password is too long.",
  "password.published": "That is the demo password, which everyone knows; choose another.",
  "password.tooCommon": "This password is common or easy to guess; choose a longer one or a few unrelated words.",
  "password.mismatch": "The two passwords differ.",
  "error.too_large": "The request is too large.",
  "error.too_many_requests": "Too many requests. Please try again a little later.",
  "auth.signIn.throttled": "Too many failed attempts. Try again in {minutes} minutes.",
};
