// The error the sign-in route gives next-auth's client when an account or
// address is over its failed-sign-in limit: `TooManyAttempts.<seconds>`.
export const THROTTLED_ERROR = "TooManyAttempts";

/** The wait in whole minutes, when `error` is the throttled one; else null. */
export function throttledMinutes(error: string | null | undefined): number | null {
  const match = error ? new RegExp(`^${THROTTLED_ERROR}\\.(\\d+)$`).exec(error) : null;
  return match ? Math.max(1, Math.ceil(Number(match[1]) / 60)) : null;
}
