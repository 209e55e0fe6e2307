// Sends JSON to Kateb's API from a form and reads the answer: the data the
// caller expects, or the API's sentence and per-field sentences (already in
// the user's language). A network failure or an unexpected answer becomes a
// sentence too, never a stack trace.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string> };

const errorAnswer = z.object({
  error: z.object({
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export async function sendJson<T>(options: {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  answer: z.ZodType<T>;
  locale: Locale;
}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: options.method,
      headers: options.body === undefined ? {} : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, message: translate(options.locale, "form.networkError"), fields: {} };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const data = options.answer.safeParse(json);
    if (data.success) return { ok: true, data: data.data };
  } else {
    const failure = errorAnswer.safeParse(json);
    if (failure.success) {
      return {
        ok: false,
        status: response.status,
        message: failure.data.error.message,
        fields: failure.data.error.fields ?? {},
      };
    }
  }
  return { ok: false, status: response.status, message: translate(options.locale, "error.internal"), fields: {} };
}
