// What every route answers when it refuses: a stable code, a sentence in the
// user's language, and per-field sentences for a form.
import { z } from "zod";

export const errorAnswer = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
