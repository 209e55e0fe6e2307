// What a new password must be: at least 10 characters, not the published demo
// password, and not guessable (zxcvbn's common-password lists, keyboard
// patterns and sequences; the person's own name and address count against it).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { DEMO_PASSWORD } from "./demo-accounts";
import { AppError } from "@/lib/app-error";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score from 0 (among the most common) to 4; 2 resists online guessing well. */
const MIN_SCORE = 2;

let estimator: ZxcvbnFactory | null = null;

/** Throws invalid_input with the field's sentence when `password` may not be used. */
export function checkNewPassword(password: string, person: { email: string; name?: string }): void {
  const refuse = (key: string): never => {
    throw new AppError("invalid_input", "error.invalid_input", { password: key });
  };
  if ([...password].length < PASSWORD_MIN_LENGTH) refuse("password.tooShort");
  if (password.length > PASSWORD_MAX_LENGTH) refuse("password.tooLong");
  if (password === DEMO_PASSWORD) refuse("password.published");
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const inputs = [person.email, person.email.split("@")[0] ?? "", ...(person.name ? person.name.split(/\s+/) : [])].filter(Boolean);
  if (estimator.check(password, inputs).score < MIN_SCORE) refuse("password.tooCommon");
}
