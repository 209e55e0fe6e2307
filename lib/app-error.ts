// The one error type of Kateb: a stable code, mapped to an HTTP status only at
// the edge and to a sentence in the user's language by the UI.
export const ERROR_CODES = [
  "unauthenticated",
  "not_found",
  "forbidden",
  "invalid_input",
  "conflict",
  "too_large",
  "too_many_requests",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const httpStatus: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_input: 422,
  too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details?: Record<string, string>,
    /** too_many_requests: when to try again (the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

/** An AppError from this module or from another copy of it: the server's own
 * modules and the Next.js bundle each load one, so `instanceof` alone misses. */
export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  if (!(error instanceof Error) || error.name !== "AppError") return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code);
}
