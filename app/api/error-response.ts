// Turns any error into the JSON answer of a route handler: a stable code and a
// sentence in the user's language; never a stack trace.
import { ZodError } from "zod";
import { AppError } from "../../lib/app-error";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { translate } from "../../lib/i18n/translate";

export function requestLocale(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]+)`).exec(cookie);
  return isLocale(match?.[1]) ? match[1] : DEFAULT_LOCALE;
}

export function errorResponse(error: unknown, locale: Locale): Response {
  const appError =
    error instanceof AppError
      ? error
      : error instanceof ZodError
        ? new AppError("invalid_input", "invalid input", fieldIssues(error))
        : null;
  if (!appError) {
    process.stderr.write(`[api] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  const code = appError?.code ?? "internal";
  return Response.json(
    { error: { code, message: translate(locale, `error.${code}`), fields: appError?.details } },
    { status: appError?.status ?? 500 },
  );
}

function fieldIssues(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}
