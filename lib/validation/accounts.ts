// What a person enters to create an account: the first administrator's setup
// form (with the one-time code), and later invitations and password changes.
import { z } from "zod";
import { message, textSchema } from "./fields";

export const emailSchema = z
  .string(message("invalid.email"))
  .trim()
  .toLowerCase()
  .pipe(z.email(message("invalid.email")).max(200, message("invalid.email")));

export const personNameSchema = textSchema({ max: 120, required: true, emptyKey: "invalid.text.empty" });

/** Checked for length here; for strength on the server (server/accounts/password-policy). */
export const newPasswordSchema = z.string(message("password.tooShort")).max(200, message("password.tooLong"));

export const setupSchema = z.object(
  {
    code: z.string(message("setup.linkInvalid")).min(1, message("setup.linkInvalid")).max(200, message("setup.linkInvalid")),
    name: personNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
  },
  message("invalid.value"),
);

export const createAccountSchema = z.object(
  { name: personNameSchema, email: emailSchema, isAdmin: z.boolean(message("invalid.value")).default(false) },
  message("invalid.value"),
);

export const accountLinkKindSchema = z.object({ kind: z.enum(["invite", "reset"], message("invalid.value")) }, message("invalid.value"));

export const accountActiveSchema = z.object({ active: z.boolean(message("invalid.value")) }, message("invalid.value"));

export const redeemLinkSchema = z.object(
  {
    token: z.string(message("accounts.linkInvalid")).min(1, message("accounts.linkInvalid")).max(200, message("accounts.linkInvalid")),
    password: newPasswordSchema,
  },
  message("invalid.value"),
);

export type CreateAccountInput = z.input<typeof createAccountSchema>;
export type SetupInput = z.input<typeof setupSchema>;
export type SetupFields = z.output<typeof setupSchema>;

export const profileSchema = z.object(
  { name: personNameSchema, locale: z.enum(["fa", "en"], message("invalid.value")).nullable().default(null) },
  message("invalid.value"),
);

export const changePasswordSchema = z.object(
  {
    current: z.string(message("accounts.wrongCurrent")).min(1, message("accounts.wrongCurrent")).max(200, message("accounts.wrongCurrent")),
    password: newPasswordSchema,
  },
  message("invalid.value"),
);
