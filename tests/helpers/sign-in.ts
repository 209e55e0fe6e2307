// Signs in through next-auth over HTTP, as the sign-in form does, and returns
// the Cookie header of the session.
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export const DEMO_PASSWORD = "kateb-demo";

/** name=value of each Set-Cookie of a response, added to (or replacing in) `jar`. */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keepCookies(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed (HTTP ${response.status})`);
  }
  return cookieHeader(jar);
}

/** The same cookies, asking for the UI (and error messages) in `locale`. */
export function inLocale(cookie: string, locale: Locale): string {
  return `${cookie}; ${LOCALE_COOKIE}=${locale}`;
}
