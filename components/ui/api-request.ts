// Calls Kateb's API from the browser and reads the answer against its contract
// (lib/contracts): the data the caller expects, or the API's sentence and
// per-field sentences (already in the user's language). A network failure or
// an answer that does not fit becomes a sentence too, never a stack trace.
import type { z } from "zod";
import { errorAnswer } from "@/lib/contracts/error-answer";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";

export type ApiResult<T> =
  /** status: 200, 201…; e.g. 200 when a publish found the version's live link, 201 when it made one. */
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string> };

export function sendJson<T>(options: {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  answer: z.ZodType<T>;
  locale: Locale;
}): Promise<ApiResult<T>> {
  return call(
    options.url,
    {
      method: options.method,
      headers: options.body === undefined ? {} : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    },
    options.answer,
    options.locale,
  );
}

/** A file's bytes as the body (an upload), declared as octet-stream: the server reads what it is. */
export function sendFile<T>(options: { url: string; file: Blob; answer: z.ZodType<T>; locale: Locale }): Promise<ApiResult<T>> {
  return call(options.url, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: options.file }, options.answer, options.locale);
}

/** A GET, never from the browser's cache. */
export function getJson<T>(url: string, answer: z.ZodType<T>, locale: Locale): Promise<ApiResult<T>> {
  return call(url, { cache: "no-store" }, answer, locale);
}

async function call<T>(url: string, init: RequestInit, answer: z.ZodType<T>, locale: Locale): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0, message: translate(locale, "form.networkError"), fields: {} };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const data = answer.safeParse(json);
    if (data.success) return { ok: true, status: response.status, data: data.data };
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
  return { ok: false, status: response.status, message: translate(locale, "error.internal"), fields: {} };
}
