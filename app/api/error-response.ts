// Turns any error into the JSON answer of a route handler: a stable code and a
// sentence in the user's language; never a stack trace. An AppError whose
// message is a catalogue key gets that sentence instead of its code's, and
// field messages that are catalogue keys (as Kateb's zod schemas give) are
// translated too.
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/app-error";
import { errorAnswer } from "@/lib/contracts/error-answer";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { fa, type MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";

export function requestLocale(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]+)`).exec(cookie);
  return isLocale(match?.[1]) ? match[1] : DEFAULT_LOCALE;
}

export function errorResponse(error: unknown, locale: Locale): Response {
  const appError =
    isAppError(error)
      ? error
      : error instanceof ZodError
        ? new AppError("invalid_input", "invalid input", fieldIssues(error))
        : null;
  if (!appError) {
    process.stderr.write(`[api] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  const code = appError?.code ?? "internal";
  const key = appError && isMessageKey(appError.message) ? appError.message : (`error.${code}` as const);
  const retryAfter = appError?.retryAfterSeconds;
  const message = translate(locale, key, retryAfter === undefined ? undefined : { minutes: formatInteger(Math.max(1, Math.ceil(retryAfter / 60)), locale) });
  return Response.json(
    errorAnswer.parse({ error: { code, message, fields: translateFields(appError?.details, locale) } }),
    { status: appError?.status ?? 500, headers: retryAfter === undefined ? undefined : { "Retry-After": String(retryAfter) } },
  );
}

function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(fa, value);
}

function translateFields(fields: Record<string, string> | undefined, locale: Locale): Record<string, string> | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(
    Object.entries(fields).map(([field, text]) => [field, isMessageKey(text) ? translate(locale, text) : text]),
  );
}

function fieldIssues(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}
