// What the credentials sign-in answers when an account or address is over its
// failed-sign-in limit (429): next-auth's client reads `url` (the sign-in page,
// whose `error` names the wait: lib/sign-in-errors.ts); `error` is our own
// refusal, with its sentence, as every route gives it.
import { z } from "zod";
import { errorAnswer } from "./error-answer";

export const throttledSignIn = errorAnswer.extend({ url: z.url() });
